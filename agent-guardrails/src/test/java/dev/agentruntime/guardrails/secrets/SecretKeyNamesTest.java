package dev.agentruntime.guardrails.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value counts as an assigned secret only when its variable's name says it is one, word by word:
 * "db_password", "apiKey", "x-api-key", "MYSQL_ROOT_PASSWORD", "dbpassword"; not "author",
 * "passenger_name", "tokenizer" or "secretary" (a secret word as the start of another word), nor
 * "private_key_path", "token_url" or "secret_name" (names of what is about the secret: where it is,
 * what it is called), nor the shell's working directory "PWD".
 */
class SecretKeyNamesTest {
  private final SecretDetector detector = SecretDetector.all();

  @Test
  void wordsThatOnlyStartLikeASecretWordAreNoSecretNames() {
    for (String text : List.of(
        "author = \"Jean-Baptiste Poquelin\"",
        "{\"title\": \"Le Misanthrope\", \"author\": \"Jean-Baptiste Poquelin\"}",
        "authority = \"https://login.microsoftonline.com/common\"",
        "authored_by: Jean-Baptiste.Poquelin",
        "passenger_name = \"Maria Gonzalez-Ruiz\"",
        "passage = \"To be or not to be, 1603\"",
        "passport_number = \"X1234567\"",
        "tokenizer = \"cl100k_base\"",
        "secretary: \"Dr. Anne-Marie Olsen\"",
        "bypass = \"Xk9#mQ2$vL7p\"")) {
      assertThat(detector.detect(text)).as(text).isEmpty();
    }
  }

  @Test
  void namesOfWhereOrWhatASecretIsAreNoSecretNames() {
    for (String text : List.of(
        "private_key_path = \"/etc/ssl/private/server.key\"",
        "client_secret_path: ./config/client_secret.json",
        "password_file = \"/run/secrets/db_password\"",
        "secret_name = \"prod/db/credentials\"",
        "secret_arn = \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\"",
        "auth_token_env = \"MY_SERVICE_TOKEN\"",
        "secret_key_base_env: SECRET_KEY_BASE",
        "token_url = \"https://oauth2.googleapis.com/token\"",
        "tokenUrl: \"https://oauth2.googleapis.com/token\"",
        "PASSWORD_HASH_ALGORITHM = \"argon2id\"",
        "password_policy = \"min 12 chars, 1 digit\"",
        "api_key_id = \"a1b2c3d4e5f6\"",
        "PWD=/home/jane/projects/agent-runtime",
        "OLDPWD=/tmp/build-1234")) {
      assertThat(detector.detect(text)).as(text).isEmpty();
    }
  }

  @Test
  void secretNamesAreStillFound() {
    for (String text : List.of(
        "db_password = \"Xk9#mQ2$vL7pW\"",
        "dbPassword: \"Xk9#mQ2$vL7pW\"",
        "MYSQL_ROOT_PASSWORD=Xk9mQ2vL7pWz3T",
        "dbpassword=Xk9mQ2vL7pWz3T",
        "apiKey = \"a8f5f167f44f4964e6c998dee827110c\"",
        "x-api-key: a8f5f167f44f4964e6c998dee827110c",
        "client_secret: \"Xk9#mQ2$vL7pWz3T\"",
        "SECRET_KEY_BASE=9f8e7d6c5b4a39281706f5e4d3c2b1a0Zz",
        "refreshToken = \"1//0gXk9mQ2vL7pWz3Tq8Hk3Lm9T\"",
        "basic_auth = \"admin:Xk9#mQ2$vL7p\"",
        "password_prod = \"Xk9#mQ2$vL7pW\"",
        "secret = \"Xk9#mQ2$vL7pW\"",
        "Authorization: Basic YWRtaW46WGs5I21RMiR2TDdw",
        "db_pwd = \"Xk9#mQ2$vL7pW\"")) {
      assertThat(detector.detect(text)).as(text).singleElement()
          .satisfies(m -> assertThat(m.type()).isEqualTo(SecretType.ASSIGNED_SECRET));
    }
  }
}
