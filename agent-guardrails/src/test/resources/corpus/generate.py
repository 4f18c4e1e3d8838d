#!/usr/bin/env python3
"""Generates the labelled corpora used by CorpusAccuracyTest. Every number and key is synthetic:
cards are built from public issuer prefixes with a computed Luhn digit, IBANs from random BBANs
with computed mod-97 check digits, keys from random characters in each provider's public format.
Deterministic (fixed seed): re-running reproduces the committed files."""
import json, random, string, base64

R = random.Random(20260523)
ALNUM = string.ascii_letters + string.digits

def luhn_digit(body):
    s = 0
    for i, d in enumerate(reversed(body)):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        s += v
    return str((10 - s % 10) % 10)

def card(prefix, length):
    body = prefix + ''.join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)

def fmt_card(n):
    style = R.choice(['plain', 'space', 'dash'])
    if style == 'plain': return n
    sep = ' ' if style == 'space' else '-'
    if len(n) == 15: return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i+4] for i in range(0, len(n), 4))

CARD_SENTENCES = [
    "Please charge my card {} for the annual plan.",
    "The payment with {} was declined yesterday.",
    "My Visa is {}, expiry next March.",
    "Card number: {}",
    "I used {} to pay for order 5512.",
    "can u refund to {} pls",
    "Bitte buchen Sie den Betrag von der Karte {} ab.",
    "{} is the card on file, is it still valid?",
]
ORDINARY = [
    "Your order 4411 2387 shipped on 2024-03-18.",
    "Tracking number 9400 1112 0298 7654 3210 12 is in transit.",
    "The invoice total was 1,299.00 EUR including VAT.",
    "We met at 10:30 and again at 14:45.",
    "Version 2.14.3 fixes the login bug.",
    "Ticket #48213 was closed after 3 days.",
    "Our office is at 1600 Amphitheatre Parkway, zip 94043.",
    "The batch id is 20240318123456 according to the log.",
    "I have 12 items in my cart and 3 in the wishlist.",
    "Reference 2024-0042-17 is attached.",
    "Please quote customer number 738291 in your reply.",
    "Serial 7731 8842 0019 is printed on the back of the router.",
    "The meeting on 18.03.2024 was moved to 25.03.2024.",
    "The population grew by 1234567 people last year.",
    "Account balance: 15,230.55 USD as of 03/31/2024.",
]

def cards():
    rows = []
    issuers = [('4', 16), ('4', 13), ('51', 16), ('55', 16), ('2221', 16), ('2720', 16), ('34', 15), ('37', 15),
               ('6011', 16), ('65', 16), ('3528', 16), ('3589', 16), ('36', 14), ('62', 16), ('62', 19), ('6759', 12)]
    for i in range(240):
        p, l = issuers[i % len(issuers)]
        n = card(p, l)
        v = fmt_card(n)
        rows.append({"type": "CREDIT_CARD", "label": 1, "value": v, "text": R.choice(CARD_SENTENCES).format(v)})
        bad = n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)
        bv = fmt_card(bad)
        rows.append({"type": "CREDIT_CARD", "label": 0, "value": bv, "text": R.choice(CARD_SENTENCES).format(bv)})
    for s in ORDINARY:
        rows.append({"type": "CREDIT_CARD", "label": 0, "value": "", "text": s})
    # long ordinary digit strings that fail Luhn
    for i in range(60):
        while True:
            d = ''.join(R.choice(string.digits) for _ in range(R.choice([12, 14, 16, 18])))
            if luhn_digit(d[:-1]) != d[-1]: break
        rows.append({"type": "CREDIT_CARD", "label": 0, "value": d, "text": "Reference number " + d + " was logged."})
    return rows

IBAN_FORMATS = {  # country: BBAN generator (structure of the national format)
    'DE': lambda: digits(18), 'AT': lambda: digits(16), 'BE': lambda: digits(12), 'CH': lambda: digits(17),
    'ES': lambda: digits(20), 'PL': lambda: digits(24), 'NL': lambda: letters(4) + digits(10),
    'GB': lambda: letters(4) + digits(14), 'FR': lambda: digits(23), 'IT': lambda: letters(1) + digits(22),
    'IE': lambda: letters(4) + digits(14), 'SE': lambda: digits(20), 'NO': lambda: digits(11), 'DK': lambda: digits(14),
}
def digits(n): return ''.join(R.choice(string.digits) for _ in range(n))
def letters(n): return ''.join(R.choice(string.ascii_uppercase) for _ in range(n))

def iban_check(country, bban):
    rearranged = bban + country + '00'
    num = ''.join(str(int(c, 36)) for c in rearranged)
    return '%02d' % (98 - int(num) % 97)

def fmt_iban(i):
    style = R.choice(['compact', 'grouped', 'lower'])
    if style == 'grouped': return ' '.join(i[k:k+4] for k in range(0, len(i), 4))
    if style == 'lower': return i.lower()
    return i

IBAN_SENTENCES = [
    "Please transfer the refund to {}.",
    "My IBAN is {} (personal account).",
    "Überweisung bitte auf {}, danke!",
    "IBAN: {}",
    "Can you update the payout account to {} starting next month?",
]

def ibans():
    rows = []
    cs = list(IBAN_FORMATS)
    for i in range(140):
        c = cs[i % len(cs)]
        bban = IBAN_FORMATS[c]()
        iban = c + iban_check(c, bban) + bban
        v = fmt_iban(iban)
        rows.append({"type": "IBAN", "label": 1, "value": v, "text": R.choice(IBAN_SENTENCES).format(v)})
        k = R.randrange(4, len(iban))
        ch = iban[k]
        repl = str((int(ch) + R.randint(1, 9)) % 10) if ch.isdigit() else R.choice([x for x in string.ascii_uppercase if x != ch])
        bad = iban[:k] + repl + iban[k+1:]
        bv = fmt_iban(bad)
        rows.append({"type": "IBAN", "label": 0, "value": bv, "text": R.choice(IBAN_SENTENCES).format(bv)})
    for s in ["Product code DE12ABC is discontinued.", "Flight GB22 departs at 10:00.",
              "The part number is FR76 3000 2005 (not an account).", "See section AT20 of the manual.",
              "Use coupon NL91SPRING for 10% off."]:
        rows.append({"type": "IBAN", "label": 0, "value": "", "text": s})
    return rows

FIRST = ['anna', 'john.smith', 'li.wei', 'm.mueller', 'oconnor', 'j_doe', 'sales+eu', 'dev-team', 'x', 'noreply',
         'a.b.c', 'first.last+tag', 'user123', 'karl-heinz', 'o\'brien']
DOMAINS = ['example.com', 'mail.example.org', 'sub.domain.co.uk', 'uni-hamburg.de', 'corp.example.io',
           'shop.example', 'example.travel', 'startup.ai', 'test.example.net']
EMAIL_SENTENCES = ["Contact me at {} please.", "My e-mail is {}.", "Send the invoice to {}",
                   "<{}> wrote: see below", "cc: {}, thanks", "E-Mail: {}"]

def emails():
    rows = []
    for i in range(150):
        v = R.choice(FIRST) + ('' if i % 3 else str(R.randint(1, 99))) + '@' + R.choice(DOMAINS)
        rows.append({"type": "EMAIL", "label": 1, "value": v, "text": R.choice(EMAIL_SENTENCES).format(v)})
    for s in ["Follow us @example on social media.", "meet me @ 5pm at the cafe", "The price is 3 @ 4.99 each.",
              "Email support (at) example dot com.", "user@ is not a valid address", "@everyone the build is green",
              "Version foo@1.2 of the package", "Tag @anna in the ticket", "ping @dev-team when done"]:
        rows.append({"type": "EMAIL", "label": 0, "value": "", "text": s})
    return rows

def rnd(chars, n): return ''.join(R.choice(chars) for _ in range(n))
B32 = string.ascii_uppercase + '234567'
URLSAFE = ALNUM + '-_'

def b64url(b): return base64.urlsafe_b64encode(b).decode().rstrip('=')

def keys():
    rows = []
    gens = [
        lambda: 'AKIA' + rnd(B32, 16),
        lambda: 'ASIA' + rnd(B32, 16),
        lambda: 'ghp_' + rnd(ALNUM, 36),
        lambda: 'gho_' + rnd(ALNUM, 36),
        lambda: 'github_pat_' + rnd(ALNUM + '_', 82),
        lambda: 'sk-proj-' + rnd(URLSAFE, 74) + 'T3BlbkFJ' + rnd(URLSAFE, 74),
        lambda: 'sk-' + rnd(ALNUM, 20) + 'T3BlbkFJ' + rnd(ALNUM, 20),
        lambda: 'sk-ant-api03-' + rnd(URLSAFE, 93) + 'AA',
        lambda: 'xoxb-' + rnd(string.digits, 12) + '-' + rnd(string.digits, 13) + '-' + rnd(ALNUM, 24),
        lambda: 'xoxp-' + rnd(string.digits, 11) + '-' + rnd(string.digits, 12) + '-' + rnd(string.digits, 13) + '-' + rnd('abcdef0123456789', 32),
        lambda: 'AIza' + rnd(URLSAFE, 35),
        lambda: 'sk_live_' + rnd(ALNUM, 24),
        lambda: 'rk_test_' + rnd(ALNUM, 24),
        lambda: b64url(b'{"alg":"HS256","typ":"JWT"}') + '.' + b64url(json.dumps({"sub": rnd(string.digits, 8), "name": "Test User", "iat": 1700000000 + R.randint(0, 10**6)}).encode()) + '.' + rnd(URLSAFE, 43),
    ]
    sentences = ["Here is my key: {}", "export TOKEN={}", "config.set('key', '{}')", "I accidentally pasted {} in the chat",
                 "Authorization uses {} for the staging env.", "{}"]
    for i in range(210):
        v = gens[i % len(gens)]()
        rows.append({"type": "SECRET", "label": 1, "value": v, "text": R.choice(sentences).format(v)})
    for i in range(10):
        body = '\n'.join(rnd(string.ascii_letters + string.digits + '+/', 64) for _ in range(6))
        kind = R.choice(['RSA ', 'EC ', 'OPENSSH ', ''])
        v = '-----BEGIN %sPRIVATE KEY-----\n%s\n-----END %sPRIVATE KEY-----' % (kind, body, kind)
        rows.append({"type": "SECRET", "label": 1, "value": v, "text": "The server key is:\n" + v + "\nplease rotate"})
    assigns = ['password={}', 'DB_PASSWORD="{}"', 'api_key: {}', '"client_secret": "{}"', 'SECRET_KEY = \'{}\'',
               'aws_secret_access_key={}', 'passwd: {}', 'apiKey="{}"']
    for i in range(40):
        v = rnd(ALNUM + '!#%&*', R.randint(16, 40))
        rows.append({"type": "SECRET", "label": 1, "value": v, "text": "In the config: " + R.choice(assigns).format(v)})
    for s in ["password: see the wiki page", "Your password must be at least 12 characters long.",
              "api_key=${API_KEY}", "password = 'changeme'", "token: <your token here>", "The AKIA prefix marks AWS keys.",
              "I use sk-learn for the model.", "GitHub tokens start with ghp_ followed by random text.",
              "JWTs start with eyJ because of the JSON header.", "commit 3f2a9c0b17d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8 fixed it",
              "secret: ********", "password=password", "Reset link: https://example.com/reset?step=2",
              "The token expired yesterday, can you send a new one?", "set api_key: YOUR_API_KEY in the file",
              "auth: enabled", "token=abcabcabcabc", "My password is too long to remember, reset it please",
              "Use the -----BEGIN PUBLIC KEY----- block for verification.", "password: 12345678"]:
        rows.append({"type": "SECRET", "label": 0, "value": "", "text": s})
    return rows

if __name__ == '__main__':
    with open('pii.jsonl', 'w') as f:
        for r in cards() + ibans() + emails():
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open('secrets.jsonl', 'w') as f:
        for r in keys():
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
