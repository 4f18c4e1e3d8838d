#!/usr/bin/env python3
"""Writes train-hard-negatives.jsonl: our own TRAINING rows of benign requests that use the words
attacks use (ignore, forget, pretend, act as, password, system prompt, override, bypass, unfiltered,
from now on, reveal, admin, developer mode, ...), so the model learns that the words alone are not
an attack: what makes one is whom an instruction overrides and what it asks for.

Generated compositionally (a trigger phrase in an ordinary meaning x an ordinary object x an
ordinary request), deterministic (fixed seed). Written for issue #17 by the session that also wrote
test-hard-negatives-2.jsonl, AFTER that test set was committed; the templates here are built as
slot grammars and differ from the test sets' hand-written sentences, which were not copied or
paraphrased. No third-party text."""
import json
import os
import random

R = random.Random(9090)

REQ = ["Can you help me with that?", "What would you suggest?", "Any tips?", "How should I start?",
       "Please keep it short.", "A short list is fine.", "Explain it simply.", "Thanks in advance!"]

IGNORE_VERB = ["Ignore", "Forget", "Disregard", "Skip", "Never mind", "Leave out", "Set aside", "Don't worry about"]
IGNORE_OBJ = ["the spelling mistakes in my notes", "the first two paragraphs of my draft", "the budget for now",
              "the formatting of the table", "my earlier question about the train times", "the colour scheme",
              "the footnotes", "the weather forecast", "the intro music of the podcast", "the outliers in column C",
              "the deprecated API calls for the moment", "the legal section, my lawyer handles it",
              "what I said about Tuesday, it's Wednesday now", "the title, I'll pick one later"]
IGNORE_ASK = ["and tell me if the main argument works.", "and focus on the conclusion.", "and help me plan the kitchen.",
              "and summarise the rest in three bullet points.", "and check the maths in the last section.",
              "and suggest a better opening line.", "and give me a packing list for the trip.",
              "and tell me which option is cheaper."]

ROLE_FRAME = ["Act as a {p} and {t}.", "Pretend you are a {p} and {t}.", "You are a {p}. Please {t}.",
              "Imagine you're a {p} who has to {t}.", "Play the part of a {p} and {t}.",
              "Let's roleplay: you're a {p}, and you {t}.", "From now on, act like a {p} and {t}."]
ROLE_P = ["museum curator", "football coach", "nutritionist", "flight attendant", "history teacher", "park ranger",
          "bakery owner", "chess tutor", "wedding planner", "radio host", "marine biologist", "ship captain",
          "kindergarten teacher", "real estate agent", "sommelier", "stand-up comedian", "tour guide in Prague",
          "job interviewer", "yoga instructor", "car mechanic"]
ROLE_T = ["explain your job to a ten-year-old", "give me three tips for beginners", "describe a typical Monday",
          "answer my questions about your field", "review my plan for the weekend", "quiz me with five questions",
          "tell a short story about your best day at work", "recommend something for a rainy afternoon",
          "correct my English as we talk", "introduce yourself to a new colleague"]

SECRET_Q = ["How do I change the {s} on my {d}?", "What is a safe way to store the {s} for my {d}?",
            "I lost the {s} for my {d}. What can I do?", "Should I share the {s} of the {d} with my flatmate?",
            "How long should the {s} for my {d} be?", "Where do I find the {s} of my {d}?"]
SECRET_S = ["password", "PIN", "passcode", "recovery key", "access token", "Wi-Fi password", "admin password",
            "secret key", "security code"]
SECRET_D = ["router", "bank app", "laptop", "smart TV", "email account", "Raspberry Pi", "GitHub account",
            "home alarm", "phone", "cloud storage", "printer"]

TOPIC_FRAME = ["Write a short explainer on {x} for {a}.", "What is {x}? Keep it suitable for {a}.",
               "Summarise the debate about {x} for {a}.", "Give me a reading list about {x} for {a}.",
               "How would you teach {x} to {a}?", "Draft a slide about {x} for {a}."]
TOPIC_X = ["prompt injection", "jailbreaking phones", "system prompts in chat APIs", "AI red teaming",
           "SQL injection", "phishing", "password managers", "LLM guardrails", "social engineering",
           "content filters in schools", "dependency injection", "the history of hacking", "DAN prompts as an internet meme",
           "developer mode on Android", "censorship on social media"]
TOPIC_A = ["managers", "my students", "a security newsletter", "new hires", "my parents", "a podcast audience",
           "a conference talk", "a school project"]

OVERRIDE_FRAME = ["How do I {v} {o}?", "Is it safe to {v} {o}?", "What happens if I {v} {o}?",
                  "Can you explain how to {v} {o}?"]
OVERRIDE_PAIRS = [("override", ["a method in Python", "the default font in Word", "the thermostat schedule", "a CSS rule"]),
                  ("bypass", ["the motorway during rush hour", "the city centre on the way to the airport",
                              "the cache in my unit tests", "a clogged pipe section"]),
                  ("disable", ["notifications at night", "autoplay on YouTube", "the touchpad on my laptop",
                               "animations in Windows"]),
                  ("unlock", ["the bonus levels in the game", "my SIM card", "the hidden settings on my camera"]),
                  ("reset", ["my router to factory settings", "the oil change reminder in my car", "a git branch"]),
                  ("turn off", ["the safety beep on my microwave", "spell check in Google Docs", "the auto-lock on my door"])]

NEW_FRAME = ["From now on, {x}.", "New rule for this chat: {x}.", "Instead of that, {x}.", "Stop the list and {x}.",
             "Change of plan: {x}.", "Going forward, {x}.", "Start over and {x}."]
NEW_X = ["answer in Spanish so I can practise", "use bullet points", "call me Alex", "keep answers under 50 words",
         "give me the metric units", "make the story funnier", "suggest vegetarian options only",
         "write the email in a warmer tone", "explain each step like I'm new to cooking", "focus on budget hotels"]

OUT_FRAME = ["Print {o}.", "Show me {o}.", "Repeat {o}.", "Reveal {o}.", "Output {o} as a table.", "Say {o}."]
OUT_O = ["the lyrics you wrote for me earlier", "the answer to the riddle", "the first ten square numbers",
         "the shopping list again", "the last sentence of your story", "the ending of the puzzle",
         "'good night' in Japanese", "the steps in reverse order", "the days of the week in German"]

AUTH_FRAME = ["I'm the {r} of {w}. {q}", "As the {r} of {w}, {q2}", "I'm a {r}; {q2}"]
AUTH_R = ["admin", "developer", "owner", "moderator", "system administrator", "team lead", "root user"]
AUTH_W = ["a small Discord server", "our school website", "a hobby project", "the office network", "a Minecraft server",
          "our family's shared calendar"]
AUTH_Q = ["How do I add a new member?", "What backups should I keep?", "How do I set up two-factor login for everyone?",
          "How do I write clear rules for users?"]
AUTH_Q2 = ["how do I give someone read-only access?", "what's a good naming scheme for channels?",
           "how often should I update the software?", "how do I announce a maintenance window politely?"]


def pick(frame, **kw):
    out = frame
    for k, v in kw.items():
        out = out.replace("{" + k + "}", v)
    return out


def rows():
    out = []
    for _ in range(70):
        out.append(f"{R.choice(IGNORE_VERB)} {R.choice(IGNORE_OBJ)} {R.choice(IGNORE_ASK)}")
    for _ in range(80):
        out.append(pick(R.choice(ROLE_FRAME), p=R.choice(ROLE_P), t=R.choice(ROLE_T)))
    for _ in range(50):
        out.append(pick(R.choice(SECRET_Q), s=R.choice(SECRET_S), d=R.choice(SECRET_D)) + " " + R.choice(REQ))
    for _ in range(60):
        out.append(pick(R.choice(TOPIC_FRAME), x=R.choice(TOPIC_X), a=R.choice(TOPIC_A)))
    for _ in range(50):
        v, os_ = R.choice(OVERRIDE_PAIRS)
        out.append(pick(R.choice(OVERRIDE_FRAME), v=v, o=R.choice(os_)))
    for _ in range(50):
        out.append(pick(R.choice(NEW_FRAME), x=R.choice(NEW_X)))
    for _ in range(40):
        out.append(pick(R.choice(OUT_FRAME), o=R.choice(OUT_O)))
    for _ in range(40):
        out.append(pick(R.choice(AUTH_FRAME), r=R.choice(AUTH_R), w=R.choice(AUTH_W), q=R.choice(AUTH_Q),
                        q2=R.choice(AUTH_Q2)))
    seen = set()
    res = []
    for t in out:
        t = t[0].upper() + t[1:]
        if t not in seen:
            seen.add(t)
            res.append({"label": 0, "text": t, "lang": "en", "kind": "benign-trigger"})
    return res


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rs = rows()
    with open(os.path.join(here, "train-hard-negatives.jsonl"), "w", encoding="utf-8") as f:
        for r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rs), "rows")


if __name__ == "__main__":
    main()
