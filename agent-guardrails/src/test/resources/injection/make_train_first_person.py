#!/usr/bin/env python3
"""Writes train-first-person.jsonl: our own TRAINING rows for the input model, session 13, helper "inputmodel"
(issue #17).

Benign rows only (label 0, kind benign-trigger): first-person (and some third-person) statements, apologies and
questions about having ignored, skipped, forgotten, missed or not followed something ordinary - a reminder, a
recipe's steps, a doctor's advice, assembly instructions, a warning light, the rules of a board game. They use the
very words of instruction overrides ("ignored", "forgot", "instructions", "rules", "previous") in the past tense
and about the speaker's own life, which is not an attack: nobody is told to ignore anything.

Five families, each its own cross-validation group "<family>-k" (k = the family's index; the trainer puts group k
in fold k): apology (a short statement and an apology), help (what went wrong and a request for help), others
(someone else ignored or forgot something), work (missed steps at work and in software, reported to a colleague or
support), confession (longer first-person messages with some context).

Written from scratch by its author from slot grammars of his own, without reading any held-out set
(test-*.jsonl, make_test_*.py). The guardrails module's behaviour test scores "I ignored the setup instructions,
sorry"; to keep that test a test, no row names setup or set-up instructions (rows are dropped after the draw if
they do). Deterministic (fixed seed), stdlib only. No third-party text."""
import json
import os
import random

R = random.Random(131203)

PAST = ["ignored", "skipped", "forgot", "missed", "overlooked", "didn't follow", "didn't read", "disregarded",
        "forgot about", "never read", "completely ignored", "totally forgot", "accidentally skipped", "kind of ignored",
        "didn't pay attention to", "neglected"]

OBJECTS = ["the assembly instructions", "the washing instructions on the label", "the recipe's instructions",
           "the instructions on the box", "the doctor's instructions", "my physiotherapist's instructions",
           "the instructions in the manual", "the teacher's instructions", "the parking rules",
           "the rules of the game", "the house rules", "your previous message", "the previous email",
           "the previous reminder", "the reminder you sent", "the warning light", "the low battery warning",
           "the update notification", "the safety briefing", "the dress code", "the deadline", "the meeting invite",
           "the last two steps of the guide", "step three", "the installation guide", "the checklist",
           "the care instructions for the plant", "the baking time", "the dosage on the leaflet",
           "the advice you gave me", "your earlier suggestion", "the terms of the offer", "the return policy",
           "the speed limit sign", "the fine print", "the watering schedule", "my own notes", "the agenda",
           "the packing list", "the password reminder email", "the security questions", "the road signs",
           "the training plan", "the cooling time", "the calendar alert", "the instructions from the landlord",
           "the previous instructions from my manager", "the guidelines for the essay", "the rules for the raffle"]

SORRY = [", sorry", ", sorry about that", ". Sorry!", ". My bad.", ", apologies", ". Sorry for the trouble.",
         ", I'm sorry", ". Oops.", " - sorry, that's on me.", ". Sorry, I was in a hurry.", ", my apologies",
         ". I feel a bit silly now.", ", sorry again", "."]

SUBJ = ["I", "I", "I", "I", "We", "I honestly", "I think I", "I probably", "Yesterday I", "Last week I",
        "This morning I"]

CONSEQ = ["and now the shelf wobbles", "and the sweater shrank", "and the cake sank in the middle",
          "and now the app won't start", "and got a parking ticket", "and the plant looks sad",
          "and now I'm locked out of my account", "and missed the train", "and the printer jams every time",
          "and the results look wrong", "and the paint is peeling", "and my knee hurts after the run",
          "and now the drawer won't close", "and the rice burned", "and the form got rejected",
          "and the laptop is stuck on the logo", "and now I owe a late fee", "and my essay is too long"]

HELP = ["What should I do now?", "Can you help me fix it?", "How do I undo this?", "Is it too late to fix?",
        "What are my options?", "Any idea how to recover?", "Where do I start?", "Can you walk me through it again?",
        "Is there a quick fix?", "Should I start over?", "How bad is it?", "What would you do?"]

OTHERS = ["My son", "My daughter", "My flatmate", "My colleague", "Our intern", "My partner", "My dad", "The new hire",
          "My neighbour", "One of my students", "The contractor", "My brother"]

OTHER_PAST = ["ignored", "skipped", "forgot", "missed", "didn't follow", "disregarded", "never read", "forgot about"]

OTHER_ASK = ["How do I talk to them about it?", "How can I help them next time?", "Is this a big deal?",
             "How should I bring it up without sounding harsh?", "Any tips so it doesn't happen again?",
             "What's a fair way to handle it?", "Should I say something?", ""]

WORK_OBJ = ["the deployment checklist", "the code review comments", "the migration steps", "the style guide",
            "the onboarding instructions", "the previous ticket", "the release notes", "the backup step",
            "the instructions in the README", "the test plan", "the handover notes", "the config instructions",
            "the rules for naming branches", "the security training reminder", "the previous version's changelog",
            "the support macro's instructions", "the team's earlier decision", "the approval step"]

WORK_END = ["and the build failed", "and the tests are red now", "and production logged errors for an hour",
            "and the customer got the wrong invoice", "and the report is missing a column", "and QA found it first",
            "and the merge went wrong", "and the data is duplicated"]

WORK_ASK = ["Can you help me write a short apology to the team?", "How do I explain this in the retro?",
            "What's the fastest way to roll it back?", "Can you help me draft a post-mortem?",
            "How should I tell my lead?", "What should the next step be?", "Can you check my fix plan?"]

CONTEXT = ["I'm new to baking.", "I've had a long week.", "I was moving house at the time.", "I'm a first-time renter.",
           "I only started this job last month.", "English isn't my first language.", "I was travelling.",
           "I had the flu.", "I'm learning to sew.", "It's my first bike."]


def cap(t):
    return t[0].upper() + t[1:] if t else t


def apology():
    s = R.choice(SUBJ)
    v = R.choice(PAST)
    o = R.choice(OBJECTS)
    return cap(f"{s} {v} {o}{R.choice(SORRY)}").replace("..", ".")


def help_row():
    s = R.choice(SUBJ)
    t = f"{s} {R.choice(PAST)} {R.choice(OBJECTS)} {R.choice(CONSEQ)}."
    if R.random() < 0.5:
        t = t[:-1] + R.choice([", sorry.", " - sorry, my fault.", ". Sorry!", "."])
    return cap(t + " " + R.choice(HELP))


def others():
    w = R.choice(OTHERS)
    t = f"{w} {R.choice(OTHER_PAST)} {R.choice(OBJECTS)}"
    if R.random() < 0.5:
        t += " " + R.choice(CONSEQ)
    t += ". " + R.choice(OTHER_ASK)
    return t.strip()


def work():
    t = f"{R.choice(SUBJ)} {R.choice(PAST)} {R.choice(WORK_OBJ)}"
    if R.random() < 0.7:
        t += " " + R.choice(WORK_END)
    t += R.choice([", sorry.", ". Sorry, team.", ". My mistake.", ".", " - apologies."])
    if R.random() < 0.7:
        t += " " + R.choice(WORK_ASK)
    return cap(t)


def confession():
    parts = [R.choice(CONTEXT)]
    parts.append(cap(f"{R.choice(SUBJ)} {R.choice(PAST)} {R.choice(OBJECTS)} {R.choice(CONSEQ)}."))
    if R.random() < 0.6:
        parts.append(cap(f"then I {R.choice(PAST)} {R.choice(OBJECTS)} as well."))
    parts.append(R.choice(["Sorry for the long message.", "I know, I know.", "Lesson learned.", "Sorry!", ""]))
    parts.append(R.choice(HELP))
    return " ".join(p for p in parts if p)


FAMILIES = [("apology", apology, 160), ("help", help_row, 160), ("others", others, 120), ("work", work, 120),
            ("confession", confession, 120)]


def main():
    rows = []
    seen = set()
    for k, (name, make, n) in enumerate(FAMILIES):
        got = 0
        tries = 0
        while got < n and tries < n * 50:
            tries += 1
            t = " ".join(make().split())
            low = t.lower()
            if low in seen or "setup instructions" in low or "set-up instructions" in low:
                continue
            seen.add(low)
            rows.append({"label": 0, "text": t, "lang": "en", "kind": "benign-trigger", "group": f"{name}-{k}",
                         "family": name})
            got += 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "train-first-person.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
