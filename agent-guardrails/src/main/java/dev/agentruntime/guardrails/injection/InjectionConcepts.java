package dev.agentruntime.guardrails.injection;

/**
 * A small multilingual lexicon of the concepts injections are made of, read by the learned model
 * as extra features ({@link InjectionFeatures}).
 *
 * <p>Overview: each concept (an override verb, "previous", "instructions", the second person, an
 * address to the AI, "must", "before", an action with side effects, a secret, ...) lists its words
 * in English, German, French, Spanish, Italian, Portuguese and Dutch. A word of the lexicon yields
 * the feature of its concept besides its own features, so weights learned mostly from English
 * text carry over to the same concept in another language ("ignoriere" and "ignorez" share the
 * weight of "ignore"); and a token next to a concept within a few tokens yields a concept pair
 * ("ignore ... instructions", "you ... must", "before ... you") in any language and any word
 * order. This is general vocabulary (a bilingual dictionary's entries), not phrases of any
 * evaluation set.
 *
 * <p>Words are matched by the 64-bit hash {@link InjectionFeatures} computes for every token
 * (lower-cased letters and digits; apostrophes and hyphens separate tokens), in a small
 * open-addressing table: one probe per token, no allocation.
 */
final class InjectionConcepts {
  private InjectionConcepts() {}

  /** The concepts, in id order (id = index + 1): name, then its words separated by spaces. */
  static final String[][] LEXICON = {
    {"ignore", "ignore ignores ignoring ignored disregard disregarding overlook forget forgetting neglect skip"
        + " discard dismiss override bypass circumvent abandon ignoriere ignorieren ignorier ignoriert vergiss"
        + " vergessen vergesst missachte missachten übergehe ignorez ignorer oublie oubliez oublier néglige négligez"
        + " ignora ignorar ignoren olvida olvide olviden olvidar olvídate olvidate ignorate dimentica dimenticate"
        + " esqueça esqueca esquece esquecer negeer vergeet"},
    {"previous", "previous prior earlier above preceding foregoing former original initial beforehand vorherigen"
        + " vorherige vorheriges bisherigen bisherige obigen obige oben vorangegangenen vorangehenden früheren"
        + " vorigen précédentes précédents précédente précédent antérieures antérieurs dessus anteriores anterior"
        + " previas previos precedenti precedente sopra anteriormente vorige eerdere bovenstaande"},
    {"instruction", "instructions instruction directions directives directive guidelines rules prompt prompts"
        + " commands orders guidance programming anweisungen anweisung instruktionen befehle regeln vorgaben"
        + " richtlinien consignes consigne règles directives ordres instrucciones instrucción instruccion reglas"
        + " órdenes indicaciones directrices istruzioni istruzione regole instruções instrucoes regras instructies"
        + " regels"},
    {"all", "all every everything entire whole alle alles sämtliche sämtlichen jede jeden toutes tous tout toute"
        + " todas todos todo tutte tutti tutto tudo"},
    {"you", "you your yours yourself du dich dir dein deine deinen deiner deines vous votre vos tu te toi ton ta"
        + " tes usted ustedes tú tus ti tuo tua tuoi voi vostro você voce vocês seu sua jij jouw jullie uw"},
    {"ai", "assistant assistants chatbot bot llm gpt chatgpt claude gemini copilot model models agent agents"
        + " ki assistent assistentin sprachmodell modell ia assistente modèle modelo modello"},
    {"must", "must should shall required mandatory obliged musst muss müssen sollst sollen solltest devez dois"
        + " doit devrez faut debes debe deben devi deve dovete precisa moet moeten"},
    {"now", "now henceforth immediately jetzt nun sofort maintenant désormais immédiatement ahora"
        + " inmediatamente ora adesso subito agora imediatamente nu"},
    {"instead", "instead rather stattdessen sondern plutôt lugar invece vez"},
    {"reveal", "reveal show print display output tell repeat disclose leak expose dump spell verrate zeige zeig"
        + " zeigen nenne wiederhole ausgeben offenbare révèle révélez montre montrez affiche affichez répète"
        + " répétez divulgue divulguez revela revele muestra muéstrame dime dame repite imprime rivela mostra"
        + " dimmi stampa ripeti mostre diga imprima repita toon herhaal"},
    {"secret", "password passwords passcode passphrase secret secrets credentials credential token tokens pin"
        + " confidential passwort kennwort geheim geheime geheimnis schlüssel zugangsdaten secrète clé clef"
        + " identifiants confidentiel confidentielle contraseña clave secreto secreta credenciales segreto segreta"
        + " chiave senha segredo chave wachtwoord sleutel"},
    {"system", "system systemprompt sysprompt configuration developer developers admin administrator operator"
        + " systems entwickler administrateur système développeur sistema desarrollador administrador sviluppatore"
        + " desenvolvedor"},
    {"important", "important importance urgent urgently attention warning critical crucial priority notice"
        + " mandatory wichtig wichtige wichtiger achtung dringend hinweis importante urgente atención atencion"
        + " attenzione atenção belangrijk dringend"},
    {"act", "send forward transfer wire email mail post upload share delete remove erase pay invite grant"
        + " execute download click visit navigate purchase sende senden schicke schicken überweise überweisen"
        + " lösche löschen leite weiterleiten envoie envoyez envoyer transfère transférez supprime supprimez"
        + " partage partagez envía envia enviar transfiere borra elimina comparte invia inoltra trasferisci"
        + " cancella envie transfira apague exclua compartilhe stuur verstuur verwijder"},
    {"following", "following below next these subsequent folgende folgenden folgendes nachfolgenden nachstehenden"
        + " suivantes suivante suivant suivants siguiente siguientes seguenti seguente seguinte seguintes"
        + " volgende"},
    {"before", "before first after once then afterwards bevor zuerst vorher danach anschließend avant abord"
        + " après ensuite antes primero después luego prima dopo poi primeiro depois voordat eerst daarna"},
    {"task", "task tasks job goal objective mission assignment request aufgabe aufgaben auftrag ziel tâche tâches"
        + " mission objectif demande tarea tareas misión objetivo compito compiti obiettivo tarefa tarefas taak"
        + " opdracht"},
    {"pretend", "pretend roleplay role persona character imagine simulate impersonate rolle spiele spiel"
        + " vorstellen semblant rôle personnage imagine imaginez finge actúa rol personaje imagina fingi ruolo"
        + " personaggio finja papel personagem"},
    {"restriction", "restrictions restriction limits limitations filters filter censorship censored ethics"
        + " ethical moral morals safety policy policies guardrails einschränkungen beschränkungen zensur ethik"
        + " moral limites filtres censure éthique restricciones límites filtros censura ética restrizioni"
        + " limiti filtri restrições beperkingen"},
    {"not", "not no never without nor nicht kein keine keinen ohne nie niemals pas sans jamais aucun aucune"
        + " sin nunca ningún ninguna non senza mai não nao sem niet geen nooit"},
    {"say", "say answer respond reply write state sag sage sagen antworte antworten schreibe schreib dis dites"
        + " réponds répondez écris écrivez responde contesta escribe rispondi scrivi diga responda escreva zeg"
        + " antwoord schrijf"},
    {"user", "user users customer customers human humans benutzer nutzer anwender kunde kunden utilisateur"
        + " utilisatrice utilisateurs client usuario usuaria usuarios cliente utente utenti usuário gebruiker"},
    {"new", "new fresh another additional neue neuen neues weitere nouveau nouvelle nouvelles nouveaux nueva"
        + " nuevo nuevas nuevos nuova nuovo nuove nova novo novas nieuwe"},
    {"please", "please kindly bitte plaît favor favore alstublieft"},
    {"me", "me my myself mir mich mein meine meinen moi mon ma mes mi mis mio mia meu minha mij"},
    {"message", "message messages note notice email document page text content messaged nachricht notiz"
        + " dokument seite texte contenu mensaje documento página testo messaggio mensagem bericht"},
  };

  /** the number of concepts (ids 1 to COUNT) */
  static final int COUNT = LEXICON.length;

  private static final int TABLE_BITS = 12;
  private static final int MASK = (1 << TABLE_BITS) - 1;
  private static final long[] KEYS = new long[1 << TABLE_BITS];
  /** per slot: up to two concept ids, the first in the low byte; 0 for a free slot */
  private static final int[] VALUES = new int[1 << TABLE_BITS];

  static {
    for (int c = 0; c < LEXICON.length; c++) {
      for (String w : LEXICON[c][1].split(" ")) {
        add(InjectionFeatures.hashWord(w), c + 1);
      }
    }
  }

  private static void add(long hash, int concept) {
    int slot = slot(hash);
    while (VALUES[slot] != 0 && KEYS[slot] != hash) {
      slot = (slot + 1) & MASK;
    }
    int v = VALUES[slot];
    if (v == 0) {
      KEYS[slot] = hash;
      VALUES[slot] = concept;
    } else if ((v & 0xFF) != concept && (v >>> 8) == 0) {
      VALUES[slot] = v | concept << 8;
    }
  }

  private static int slot(long hash) {
    return (int) (hash ^ (hash >>> 29) ^ (hash >>> 47)) & MASK;
  }

  /**
   * @param hash a token's hash ({@link InjectionFeatures#hash})
   * @return its concepts: the first id in the low byte, a second in the next byte, 0 for none
   */
  static int of(long hash) {
    int slot = slot(hash);
    while (true) {
      int v = VALUES[slot];
      if (v == 0) {
        return 0;
      }
      if (KEYS[slot] == hash) {
        return v;
      }
      slot = (slot + 1) & MASK;
    }
  }
}
