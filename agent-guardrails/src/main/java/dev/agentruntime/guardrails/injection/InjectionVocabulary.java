package dev.agentruntime.guardrails.injection;

/**
 * The vocabulary of {@link InjectionRules}, as data: the words of each word class the per-word
 * rules look at, the fake delimiters, and the phrase tables ({@code "phrase=weight"}, one table per
 * {@link InjectionFamily}).
 *
 * <p>Overview: every list is plain text, lower-case, as the normaliser leaves words (words are
 * separated by spaces; a phrase is matched word by word, separated by single spaces, unless it holds
 * punctuation, then exactly). English and German first, then the common words of French, Spanish,
 * Italian, Portuguese, Dutch, Russian and Croatian. {@link InjectionRules} builds its lookup tables
 * from these when it is loaded; nothing here is read at scoring time.
 */
final class InjectionVocabulary {
  private InjectionVocabulary() {}

  /** verbs that set instructions aside ("ignore", "forget", "vergiss", "oubliez") */
  static final String OVERRIDE_VERBS =
      "ignore ignoring disregard disregarding forget forgetting override bypass drop abandon"
      + " discard neglect olvida olvide olvidar olvidate oubliez oublie ignorez ignora vergiss"
      + " vergessen vergesst ignoriere ignorieren ignorier ignoriert zaboravi забудьте забудь"
      + " игнорируй abweichend missachte oublier ignorer négligez ignoriere übergehe olvídate"
      + " esqueça esqueca esquece dimentica dimenticate ignorate negeer vergeet";

  /** qualifiers that make an override strong right after its verb ("everything", "above", "alles davor") */
  static final String STRONG_QUALIFIERS =
      "above everything alles davor obigen obige todo tout все sve everythin anything preceding"
      + " vorangehenden vorangegangenen vorherigen bisherigen gesagte";

  /** qualifiers of the target ("previous", "all", "your", "system") */
  static final String WEAK_QUALIFIERS =
      "previous prior earlier before beforehand all any initial original old existing your"
      + " preceding provided given toutes tous todas todos las les alle bisherigen vorherigen system"
      + " safety developer précédentes précédents précédente précédent antérieures antérieurs"
      + " anteriores previas previos precedenti vorigen früheren vorangegangenen";

  /** what an override sets aside ("instructions", "rules", "context", "Anweisungen") */
  static final String OVERRIDE_TARGETS =
      "instructions instruction prompts prompt rules directions directives guidelines commands"
      + " orders tasks task assignments assignment context information text messages guidance"
      + " programming constraints restrictions policies filters documents articles thoughts"
      + " anweisungen anweisung befehle aufgaben aufträge informationen regeln instruktionen"
      + " ausführungen angaben instrucciones instrukcije инструкции consignes règles consigne ordres"
      + " directivas reglas indicaciones istruzioni regole instruções instrucoes regras instructies"
      + " regels";

  /** the second person */
  static final String SECOND_PERSON =
      "you your you're youre du dich dir dein deine deinen sie ihr vous votre vos tu te toi ton"
      + " ta tes usted";

  /** "now" */
  static final String NOW =
      "now nun jetzt ahora maintenant";

  /** verbs that print or reveal */
  static final String SHOW_VERBS =
      "show print reveal repeat output display tell give write spell dump leak list zeige zeig"
      + " zeigen gib ausgeben nenne wiederhole révèle révélez montre montrez affiche affichez donne"
      + " donnez répète répétez muestra revela dime dame repite rivela mostra dimmi ripeti mostre"
      + " revele verrate";

  /** names of the prompt */
  static final String PROMPT_WORDS =
      "prompt prompts prompt_text prompt_texts instructions configuration prompt-text"
      + " prompt-texte prompt-texts systemprompt";

  /** "new", "further", "following" */
  static final String NEW_WORDS =
      "new further additional following next another neue neuen weitere folgende nächste";

  /** names of a task */
  static final String TASK_WORDS =
      "task tasks instruction instructions assignment assignments challenge aufgabe aufgaben"
      + " anweisungen aufträge auftrag";

  /** verbs of saying or answering */
  static final String SAY_VERBS =
      "say output print write reply respond answer state include type sagen sag sage schreibe"
      + " schreib antworte dites di decir declare claim réponds répondez écris écrivez responde"
      + " contesta escribe rispondi scrivi responda";

  /** "just", "only" */
  static final String ONLY_WORDS =
      "just only simply nur solo exclusively";

  /** words that may lead an imperative clause ("please", "and then", "now") */
  static final String CLAUSE_LEADERS =
      "please now just simply and then but so also kindly pls bitte nun jetzt stop ok okay first"
      + " instead y et und aber dann puis ensuite alors luego poi";

  /** negations */
  static final String NEGATIONS =
      "not don't dont never no nicht kein keine cannot can't didn't shouldn't won't";

  /** determiners of the prompt ("your", "the full", "hidden") */
  static final String DETERMINERS =
      "your all the full complete initial system hidden secret original this deine alle deinen"
      + " sämtliche ganzen gesamten votre vos ton ta tes";

  /** praise that precedes a context switch ("great", "well done") */
  static final String PRAISE =
      "great wow fantastic excellent congratulations well good bravo perfect ausgezeichnete"
      + " fantastisch großartig gut herzlichen";

  /** fake chat-template delimiters and role markers, matched exactly in the normalised text */
  static final String[] DELIMITERS = {
    "<|im_start|>", "<|im_end|>", "<|system|>", "<|assistant|>", "<|user|>", "<|endoftext|>", "[inst]", "[/inst]",
    "<<sys>>", "<</sys>>", "<system>", "</system>", "<tool_result", "</tool_result", "<function_results>",
    "</function_results>", "### system", "###system", "### instruction", "###instruction", "[system]",
    "[system message]", "<|start_header_id|>", "</user>", "<assistant>"
  };

  /** phrases of role hijack and jailbreak (family ROLE_HIJACK) */
  static final String[] HIJACK = {
    "jailbreak=0.8", "developer mode=0.45", "dev mode=0.7", "do anything now=0.8",
    "dan mode=0.8", "no restrictions=0.35", "without restrictions=0.3", "without any restrictions=0.4",
    "completely immoral=0.7", "no ethical=0.6", "no moral=0.6", "unfiltered=0.5", "unrestricted ai=0.7",
    "evil ai=0.6", "böse ki=0.6", "stay in character=0.6", "break character=0.6", "in your role=0.5",
    "in ihren rollen=0.5", "in ihrer rolle=0.5", "in deiner rolle=0.5", "in their roles=0.5",
    "in your roles=0.5", "out of character=0.5", "fungieren=0.6", "stell dir vor=0.35",
    "spiele die rolle=0.6", "verhalte dich wie=0.6", "role-playing=0.35", "roleplaying=0.35",
    "role playing=0.35", "roleplay=0.35", "role-play=0.35",
    "from now on=0.3", "du bist jetzt=0.6", "du bist nun=0.6", "jetzt bist du=0.6",
    "nun bist du=0.6", "ab jetzt=0.4", "von nun an=0.45", "pretend you=0.6", "pretend to be=0.6",
    "pretend that=0.6", "imagine you are=0.55", "imagine that you are=0.55",
    "i want you to act=0.7", "ich möchte, dass sie als=0.6", "ich möchte, dass du als=0.6",
    "tu eres ahora=0.6", "never refuses=0.5", "never refuse=0.45", "you are no longer=0.6", "has no restrictions=0.6", "have no restrictions=0.6", "enable developer mode=0.7", "let's roleplay=0.55", "stell dir vor, du bist=0.6", "you are going to act=0.6"
  };

  /** phrases that switch to another job (CONTEXT_SWITCH) */
  static final String[] SWITCH = {
    "new task=0.45", "new tasks=0.45", "new instructions=0.35", "new instruction=0.45", "further tasks=0.45",
    "additional instruction=0.5", "neue aufgabe=0.45", "neue aufgaben=0.45", "neue anweisungen=0.5",
    "weitere aufgaben=0.45", "nun folgen=0.35", "now follow=0.35", "tasks follow=0.35", "that is enough=0.35",
    "that is done=0.35", "that was ok=0.35", "das genügt=0.35", "das ist erledigt=0.35", "das war schon=0.35",
    "start over=0.3", "from the front=0.3", "von vorne=0.3", "von neu=0.3", "focus on your new=0.45",
    "concentrate on your new=0.45", "konzentriere dich jetzt=0.45", "now focus=0.3", "now concentrate=0.3",
    "now write=0.3", "now please help=0.25", "nun schreibe=0.3", "verfasse nun=0.3", "schreibe nun=0.3",
    "stop -=0.4", "stop,=0.35", "stop:=0.4", "stopp=0.3", "attention - stop=0.5", "achtung - stopp=0.5",
    "instead output=0.4", "instead print=0.4", "instead say=0.4", "stattdessen=0.35", "new challenge=0.35",
    "neue herausforderung=0.3", "another task=0.3", "weiteren aufgabe=0.3", "stop: write=0.55",
    "stop - write=0.55", "concentrate on the new=0.45", "auf die neue aufgabe=0.45", "now further=0.4",
    "great new challenge=0.35", "hilf mir nun=0.3", "aber jetzt=0.2", "but now=0.2", "new task:=0.5", "new instructions:=0.6"
  };

  /** phrases that force an output (OUTPUT_COERCION) */
  static final String[] COERCE = {
    "repeat after me=0.6", "do not answer=0.4", "don't answer=0.4", "dont answer=0.4", "do not look=0.35",
    "don't look=0.35", "i command you=0.5", "say yes=0.35",
    "tell me that=0.3", "answer with=0.25", "respond with=0.25", "reply with=0.25",
    "antworte im stil=0.5", "answer in the style=0.4", "im stile=0.4", "or you die=0.5",
    "oder du stirbst=0.5", "o tu muertes=0.5", "you hate=0.3", "du hasst=0.3", "haha pwned=0.6", "pwned=0.5",
    "make something up=0.5", "not by the articles=0.45", "according to the provided documents but=0.5",
    "use also information in the prompt=0.6", "by your own knowledge=0.3"
  };

  /** phrases that override the instructions or address the AI inside data (INSTRUCTION_OVERRIDE) */
  static final String[] OVERRIDE = {
    "not by the articles=0.6", "not by the documents=0.6", "according to the provided documents but=0.6",
    "ignore all documents=0.8", "change your instructions=0.8", "your instructions are now=0.8",
    "your new instructions=0.6", "all previous information=0.4", "all the previous information=0.4",
    "alle bisherigen informationen=0.4", "alle vorherigen informationen=0.4", "aus dem kopf zu streichen=0.6",
    "previous information behind=0.6", "vorherigen informationen hinter sich=0.6",
    "your previous instructions=0.5", "updated instructions=0.4", "instructions are revoked=0.6", "instructions are void=0.6", "instructions no longer apply=0.6", "instruction for the ai=0.5", "instructions for the ai=0.5", "note to the ai=0.5", "to the language model=0.5", "to the ai assistant=0.5", "ai agents processing=0.5", "ai assistant reading=0.5", "if you are an ai=0.5", "attention ai=0.5", "dear ai=0.4", "despite what you=0.5", "regardless of your instructions=0.7", "regardless of previous instructions=0.7"
  };

  /** phrases of fake context and system messages (FAKE_DELIMITER) */
  static final String[] FAKE_CONTEXT = {
    "document context=0.3", "context:{=0.5", "instruction:=0.45", "begin system prompt=0.8",
    "end of system prompt=0.8", "system override=0.8", "admin override:=0.8", "system message:=0.8",
    "end of user input=0.8"
  };
}
