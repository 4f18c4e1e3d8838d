package dev.agentruntime.guardrails.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Passwords and tokens handed to a command as options, as they turn up in shell history, CI logs,
 * READMEs and the tool results of an agent that runs commands: each whole value is found (and only
 * the value, so the redacted command still reads), and options that look alike but carry no secret
 * are left alone.
 */
class CommandLineSecretsTest {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String SYMBOLS = "!#%+,.@^*~";

  /** a password as a password generator writes it: 10 to 24 chars, letters, digits and often a symbol */
  private static String password(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 10 + r.nextInt(15);
    for (int i = 0; i < n; i++) {
      b.append(r.nextInt(8) == 0 ? SYMBOLS.charAt(r.nextInt(SYMBOLS.length())) : ALNUM.charAt(r.nextInt(ALNUM.length())));
    }
    b.setCharAt(0, ALNUM.charAt(r.nextInt(26)));
    b.setCharAt(1, ALNUM.charAt(52 + r.nextInt(10)));
    return b.toString();
  }

  /** commands as their tools document them; %s is the secret */
  private static final String[] COMMANDS = {
    "mysql -h db.internal -u root -p%s orders",
    "mysqldump --single-transaction -uroot -p%s shop > shop.sql",
    "/usr/bin/mariadb -u app -p'%s' -e 'select 1'",
    "mysqladmin -u root -p\"%s\" status",
    "sshpass -p '%s' ssh deploy@10.0.0.5 'systemctl restart app'",
    "sshpass -p %s scp build.tar.gz deploy@host:/srv",
    "docker login -u ci-bot -p %s registry.example.org",
    "echo step 3 && podman login --username bot -p '%s' quay.io",
    "redis-cli -h cache -p 6380 -a %s ping",
    "mysqldump --user=root --password %s db",
    "./deploy.sh --api-key %s --region eu-west-1",
    "app serve --client-secret \"%s\" --port 8080",
    "vault login -method=userpass username=ops password=%s",
    "gh secret set DEPLOY --body x; tool --auth-token %s",
    "command: [\"redis-cli\", \"-a\", \"%s\", \"ping\"]",
    "args: [\"--password\", \"%s\", \"--verbose\"]",
    "$ mysql -uroot -p%s\nmysql> show databases;",
  };

  @Test
  void passwordsGivenAsOptionsAreFoundValueForValue() {
    SecretDetector detector = SecretDetector.all();
    Random r = new Random(7);
    List<String> misses = new ArrayList<>();
    int found = 0;
    int total = 0;
    for (String command : COMMANDS) {
      for (int k = 0; k < 20; k++) {
        String secret = password(r);
        String text = String.format(Locale.ROOT, command, secret);
        int at = text.indexOf(secret);
        List<SecretMatch> matches = detector.detect(text);
        boolean exact = matches.stream().anyMatch(m -> m.start() == at && m.end() == at + secret.length());
        total++;
        if (exact) {
          found++;
        } else if (misses.size() < 10) {
          misses.add(text + " -> " + matches);
        }
      }
    }
    System.out.printf(Locale.ROOT, "command-line secrets: %d/%d found exactly%n", found, total);
    assertThat((double) found / total).as("misses " + misses).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theRedactedCommandStillReads() {
    String text = "mysql -u root -pXk9#mPq2vLw orders";
    List<SecretMatch> m = SecretDetector.all().detect(text);
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.type()).isEqualTo(SecretType.ASSIGNED_SECRET);
      assertThat(text.substring(0, x.start()) + "[SECRET]" + text.substring(x.end()))
          .isEqualTo("mysql -u root -p[SECRET] orders");
    });
  }

  @Test
  void optionsThatCarryNoSecretAreLeftAlone() {
    List<String> negatives = List.of(
        "mysql -u root -p orders", // asks for the password; the next word is the database
        "mysql -u root -p -h db.internal",
        "ssh -p 2222 deploy@host",
        "scp -P 2222 -p build.tar.gz host:/srv",
        "docker run -p 8080:80 -a stdout nginx",
        "redis-cli -p 6380 -n 2 --scan",
        "tar -pcvzf backup-2026-12-07.tar.gz /srv/data",
        "python -m pip install -p Xk9mPq2vLwQ7 mypkg", // no tool that takes a password this way
        "git commit -a -m 'Fix the re-apply of pre-paid orders'",
        "The co-author re-applied the e-payment pre-auth.",
        "docker login --password-stdin quay.io/my-org/images",
        "gh auth login --with-token < token.txt",
        "tool --token $API_TOKEN --region eu",
        "tool --token \"${API_TOKEN}\" --region eu",
        "tool --password <password> --user admin",
        "tool --api-key YOUR_API_KEY",
        "tool --password --user admin",
        "tool --token-ttl 3600s --token-file /run/secrets/api",
        "tool --secret-name prod/db/Password1 --region eu-west-1",
        "sshpass -p \"$SSH_PASS\" ssh host",
        "mysql -uroot -p$MYSQL_ROOT_PASSWORD shop",
        "mysql -uroot -p\"${MYSQL_PASSWORD}\" shop",
        "Use --password to be prompted, or --password-file for a file.",
        "pandoc -s in.md -o out.html --metadata title=Report -- draft");
    SecretDetector detector = SecretDetector.all();
    List<String> hits = new ArrayList<>();
    for (String n : negatives) {
      if (!detector.detect(n).isEmpty()) {
        hits.add(n + " -> " + detector.detect(n));
      }
    }
    assertThat(hits).isEmpty();
  }

  @Test
  void anyTextMadeOfOptionPiecesGivesMatchesInsideTheTextWithoutOverlap() {
    String[] pieces = {"-p", "-a", "--", "--password", "--api-key", "--password-stdin", "mysql", "sshpass", "redis-cli",
      "docker", "login", " ", " ", "\t", "\n", "\"", "'", ",", "[", "]", "=", ";", "|", "&", "$X", "Xk9#mPq2vLw",
      "S3cr3t", "é", "你", "\uD83D\uDE0A", "a", "7"};
    SecretDetector detector = SecretDetector.all();
    Random r = new Random(38);
    int found = 0;
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int q = 1 + r.nextInt(30); q > 0; q--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      List<SecretMatch> matches = detector.detect(text);
      int end = 0;
      for (SecretMatch m : matches) {
        assertThat(m.start()).as(text).isGreaterThanOrEqualTo(end);
        assertThat(m.end()).as(text).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
        end = m.end();
      }
      found += matches.size();
    }
    assertThat(found).isGreaterThan(200); // the pieces do make secrets now and then (442 with this seed)
  }
}
