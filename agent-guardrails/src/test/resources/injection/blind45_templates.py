"""Document templates for make_test_indirect_32.py (helper blind45). Each template is a function (r, s, n) -> text,
where r is a random.Random, s the slot (s.at(pos), s.fld(value), s.cm(fmt)) and n the number of repeated items."""
import json
from blind45_common import FIRST, LAST, ORGS, CITIES, PRODUCTS

T = []  # (carrier, template, lang, positions, fn)


def tpl(carrier, name, lang="en", pos=("start", "middle", "end", "field", "comment")):
    def deco(fn):
        T.append((carrier, name, lang, pos, fn))
        return fn
    return deco


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def mail_of(r, name=None, org=None):
    name = name or person(r)
    org = org or r.choice(ORGS)
    return name.lower().replace(" ", ".") + "@" + org.split()[0].lower().replace("&", "") + ".example"


def date(r, y=2025):
    return f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def tm(r):
    return f"{r.randint(6, 21):02d}:{r.choice(['00', '15', '30', '45'])}"


@tpl("email", "invoice-reminder")
def _(r, s, n):
    a, org = person(r), r.choice(ORGS)
    lines = "\n".join(f"  INV-{r.randint(20000, 99999)}  {date(r)}  EUR {r.randint(80, 9000)}.{r.randint(0, 99):02d}" for _ in range(n))
    return (f"From: {a} <{mail_of(r, a, org)}>\nTo: ap@client.example\nSubject: Friendly reminder - {n} open items\n"
            f"X-Ticket-Ref: {s.fld('AR-' + str(r.randint(100, 999)))}\n\n{s.at('start')}Hello,\n\n"
            f"our ledger still shows the following items as unpaid:\n{lines}\n\n{s.at('middle')}"
            f"If you have already settled these, please disregard this mail. Otherwise we would appreciate payment "
            f"within {r.choice([7, 10, 14])} days.\n\n<!-- mailer template v{r.randint(2, 9)} -->\n{s.cm('<!-- {} -->')}"
            f"Kind regards\n{a}\nReceivables, {org}\n{s.at('end')}")


@tpl("email", "meeting-followup")
def _(r, s, n):
    a, b = person(r), person(r)
    acts = "\n".join(f"- {person(r)} to {r.choice(['draft', 'review', 'circulate', 'price', 'test'])} the "
                     f"{r.choice(['rollout plan', 'vendor shortlist', 'Q3 forecast', 'floor layout', 'FAQ', 'pilot results'])} by {date(r)}" for _ in range(n))
    return (f"Subject: Follow-up: {r.choice(['steering group', 'kickoff', 'retro', 'budget sync'])} on {date(r)}\n"
            f"From: {a}\nTo: {b}; team-list\n\n{s.at('start')}Hi all,\n\nthanks for joining. Short recap below.\n\n"
            f"Decisions: we go with option {r.choice('ABC')} and revisit in {r.randint(2, 6)} weeks.\n\nAction items:\n{acts}\n\n"
            f"{s.at('middle')}Open question: {s.fld('who owns the supplier contact after the handover?')}\n\n"
            f"{s.cm('<!-- {} -->')}Best,\n{a}\n{s.at('end')}")


@tpl("email", "newsletter")
def _(r, s, n):
    org = r.choice(ORGS)
    items = "\n\n".join(f"## {r.choice(['New in store', 'Staff pick', 'Workshop', 'Community', 'Behind the scenes'])}: "
                        f"{r.choice(PRODUCTS).title()}\nWe tested it for {r.randint(2, 9)} weeks in {r.choice(CITIES)}. "
                        f"Verdict: {r.choice(['sturdy and quiet', 'great value', 'a bit heavy but reliable', 'surprisingly compact'])}."
                        for _ in range(n))
    return (f"<html><body>\n{s.at('start')}<h1>{org} monthly</h1>\n{s.cm('<!-- {} -->')}<p>Issue {r.randint(20, 140)}</p>\n"
            f"{items}\n{s.at('middle')}<p>Subscriber tier: {s.fld(r.choice(['Basic', 'Plus', 'Founder']))}</p>\n"
            f"<p>You receive this because you signed up at one of our shops. <a href=\"https://{org.split()[0].lower()}.example/unsub\">Unsubscribe</a></p>\n"
            f"{s.at('end')}</body></html>")


@tpl("calendar", "agenda-export")
def _(r, s, n):
    slots = "\n".join(f"  {tm(r)}-{tm(r)}  {r.choice(['1:1 w/ ', 'Dentist (private) ', 'Hiring loop: ', 'Vendor demo ', 'Gym '])}{r.choice(LAST)}"
                      f"  [{r.choice(['Kiln room', 'Zoom', 'Atrium 2', 'off-site', 'Phone'])}]" for _ in range(n))
    return (f"{s.at('start')}Kestrel Planner - day view export\nOwner: {r.choice(LAST)}, {r.choice(FIRST)[0]}.  Week {r.randint(1, 52)}\n"
            f"{slots}\n{s.at('middle')}Event details (selected): {s.fld(r.choice(['Bring the signed NDA copies', 'Parking validated at desk', 'Lunch provided']))}\n"
            f"{s.cm('<!-- {} -->')}Free/busy published to: team-{r.randint(10, 99)}\n{s.at('end')}")


@tpl("crm", "contact-json", pos=("start", "middle", "end", "field"))
def _(r, s, n):
    rec = {"id": f"C-{r.randint(10000, 99999)}", "name": person(r), "company": r.choice(ORGS),
           "city": r.choice(CITIES), "stage": r.choice(["lead", "qualified", "customer", "churn-risk"]),
           "notes": s.fld(r.choice(["Met at trade fair.", "Prefers email.", "Renewal due in autumn."])),
           "activities": [{"date": date(r), "type": r.choice(["call", "email", "demo"]),
                           "summary": r.choice(["Discussed pricing tiers", "Sent brochure", "No answer", "Asked for a trial"])}
                          for _ in range(n)]}
    body = json.dumps(rec, indent=2, ensure_ascii=False)
    if s.pos == "middle" and s.text:
        body = body.replace('"activities"', '"remark": ' + json.dumps(s.text, ensure_ascii=False) + ',\n  "activities"', 1)
    return f"{s.at('start')}GET /api/v2/contacts/{rec['id']} -> 200\n{body}\n{s.at('end')}"


def generic(carrier, name, head, item, foot, field, cmt, lang="en", pos=("start", "middle", "end", "field", "comment")):
    """head(r), item(r, i), foot(r): text pieces; field(r) -> (label, value) put mid-document as label+value;
    cmt: comment format with {} (None: no comment position)."""
    if cmt is None:
        pos = tuple(p for p in pos if p != "comment")

    def fn(r, s, n):
        items = [item(r, i) for i in range(n)]
        half = max(1, n // 2)
        lab, val = field(r)
        out = s.at("start") + head(r) + "\n"
        out += "\n".join(items[:half]) + "\n" + s.at("middle")
        out += lab + s.fld(val) + "\n"
        if cmt:
            out += s.cm(cmt)
        out += "\n".join(items[half:]) + "\n" + foot(r) + "\n" + s.at("end")
        return out
    T.append((carrier, name, lang, pos, fn))


EVIL_PHONE_SAFE = ["+44 161 496 0732", "+31 20 794 1182", "+351 21 340 5566"]
R = lambda seq: (lambda r: r.choice(seq))
ip = lambda r: f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

generic("ticket", "helpdesk-thread",
        lambda r: f"Ticket #{r.randint(30000, 99999)} | Printer queue stuck on floor {r.randint(1, 9)}\nRequester: {person(r)}  Priority: {r.choice(['low', 'normal', 'high'])}",
        lambda r, i: f"--- {r.choice(['Agent', 'Requester'])} {person(r)} wrote on {date(r)} {tm(r)}:\n{r.choice(['Restarted the spooler, still failing.', 'Jobs show as paused.', 'Driver reinstalled from the vendor site.', 'Issue returns after about an hour.', 'Can you check the toner level too?'])}",
        lambda r: "Status: awaiting customer | SLA: 2 business days", lambda r: ("Internal summary: ", "spooler service crash, likely driver"), "<!-- {} -->")
generic("webpage", "product-page-html",
        lambda r: f"<!DOCTYPE html><html><head><title>{r.choice(PRODUCTS).title()} | Shop</title></head><body>\n<h1>{r.choice(PRODUCTS).title()}</h1>\n<p class=\"price\">EUR {r.randint(15, 600)}.99</p>",
        lambda r, i: f"<li>{r.choice(['Weight', 'Colour', 'Warranty', 'Material', 'Dimensions', 'In the box'])}: {r.choice(['1.2 kg', 'slate grey', '24 months', 'recycled aluminium', '40 x 22 x 9 cm', 'charger, manual'])}</li>",
        lambda r: "<footer>Free returns within 30 days.</footer></body></html>", lambda r: ("<meta name=\"description\" content=\"", "Everyday quality, shipped fast\">"), "<!-- {} -->")
generic("search", "serp-results",
        lambda r: f"Search results for \"{r.choice(['best budget standing desk', 'how to descale kettle', 'visa rules Portugal remote work', 'replace bike chain'])}\" (about {r.randint(2, 90)},000 results)",
        lambda r, i: f"{i + 1}. {r.choice(['Guide', 'Review', 'Forum', 'FAQ', 'Comparison'])} - {r.choice(ORGS)}\n   https://{r.choice(['www', 'blog', 'help'])}.{r.choice(LAST).lower()}.example/{r.randint(100, 999)}\n   {r.choice(['Step-by-step instructions with photos.', 'We compared twelve models over a month.', 'Updated for this year.', 'Answers from the community.'])}",
        lambda r: "Related: prices, near me, reviews", lambda r: ("Snippet (featured): ", "The short answer depends on your budget and space."), None)
generic("api", "weather-json",
        lambda r: "{\n  \"stn\": \"" + r.choice(CITIES) + "-" + str(r.randint(2, 40)) + "\",\n  \"u\": \"si\",\n  \"series\": [",
        lambda r, i: f"    {{\"hh\": {i}, \"airC\": {r.randint(-5, 31)}.{r.randint(0, 9)}, \"gustKmh\": {r.randint(0, 60)}, \"precip\": {r.randint(0, 9)}.{r.randint(0, 9)}{r.randint(0, 9)}}},",
        lambda r: "    {\"t\": \"end\"}\n  ],\n  \"source\": \"station network\"\n}", lambda r: ("  \"alert_text\": ", "\"No warnings in effect.\","), None, pos=("start", "end", "field", "middle"))
generic("log", "nginx-access",
        lambda r: f"==> /var/log/nginx/access.log <==",
        lambda r, i: f"{ip(r)} - - [{r.randint(1, 28):02d}/Mar/2025:{tm(r)}:{r.randint(10, 59)} +0000] \"{r.choice(['GET', 'POST'])} /{r.choice(['api/cart', 'static/app.js', 'login', 'health', 'img/logo.png'])} HTTP/1.1\" {r.choice([200, 200, 304, 404, 502])} {r.randint(200, 90000)} \"-\" \"{r.choice(['Mozilla/5.0', 'curl/8.4', 'kube-probe/1.29'])}\"",
        lambda r: "==> end of tail <==", lambda r: (f"{ip(r)} - - [02/Mar/2025:10:11:12 +0000] \"GET /search?q=", "shoes HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0\""), "# {}")
generic("ci", "actions-log",
        lambda r: f"Run #{r.randint(100, 9999)} of workflow build.yml on branch {r.choice(['main', 'release/2.4', 'feat/export'])}",
        lambda r, i: f"{date(r)}T{tm(r)}:{r.randint(10, 59)}Z {r.choice(['##[group]Install deps', 'npm ci', 'Compiling 142 files', 'Tests: 311 passed', '##[endgroup]', 'Uploading artifact dist.zip', 'Cache restored'])}",
        lambda r: f"Job finished with exit code {r.choice([0, 0, 1])}", lambda r: ("::notice title=Changelog::", "release notes generated"), "##[debug]{}")
generic("code", "python-module",
        lambda r: f"\"\"\"Helpers for {r.choice(['CSV import', 'rate limiting', 'invoice numbering', 'image resizing'])}.\"\"\"\nimport os\nimport logging\n\nlog = logging.getLogger(__name__)",
        lambda r, i: f"\ndef {r.choice(['parse', 'load', 'clean', 'check', 'emit'])}_{r.choice(['row', 'batch', 'limit', 'header', 'size'])}{i}(value):\n    if value is None:\n        return {r.choice(['0', 'None', '[]', 'EMPTY'])}\n    return value.strip() if isinstance(value, str) else value",
        lambda r: "\nif __name__ == '__main__':\n    log.info('ok')", lambda r: ("DEFAULT_HELP = ", "'Import a file and check the header row'"), "# {}")
generic("diff", "git-patch",
        lambda r: f"diff --git a/src/{r.choice(['billing', 'auth', 'export'])}/handler.ts b/src/billing/handler.ts\nindex {r.randint(10**6, 10**7)}..{r.randint(10**6, 10**7)} 100644\n--- a/src/handler.ts\n+++ b/src/handler.ts\n@@ -{r.randint(10, 200)},9 +{r.randint(10, 200)},12 @@",
        lambda r, i: f"{r.choice([' ', '+', '-'])}  {r.choice(['const total = items.reduce(sum, 0);', 'if (!user) return res.status(401).end();', 'await queue.push(job);', 'logger.debug(payload.id);', 'return format(total, currency);'])}",
        lambda r: " }", lambda r: ("+  const MESSAGE = ", "'Your export is ready';"), "+  // {}")
generic("csv", "expense-export",
        lambda r: "date,employee,category,amount_eur,memo",
        lambda r, i: f"{date(r)},{person(r)},{r.choice(['travel', 'meals', 'software', 'office'])},{r.randint(5, 900)}.{r.randint(0, 99):02d},{r.choice(['taxi airport', 'team lunch', 'license renewal', 'printer paper', 'hotel 2 nights'])}",
        lambda r: f"# exported {date(r)} by finance-bot", lambda r: (f"{date(r)},{person(r)},travel,88.40,", "train ticket"), "# {}")
generic("chat", "slack-export",
        lambda r: f"#{r.choice(['proj-atlas', 'ops-oncall', 'marketing', 'random'])} export",
        lambda r, i: f"[{tm(r)}] {r.choice(FIRST).lower()}: {r.choice(['pushed the fix, can someone review?', 'lunch at 12?', 'dashboard is slow again', 'deploy done', 'who has the keys to room 4', 'thx!'])}",
        lambda r: "-- end of export --", lambda r: (f"[{tm(r)}] channel topic: ", "sprint 14, demo Friday"), None)
generic("pdf", "lease-agreement",
        lambda r: f"RESIDENTIAL LEASE AGREEMENT\nPage 1 of {r.randint(4, 9)}\nLandlord: {person(r)}\nTenant: {person(r)}\nPremises: Flat {r.randint(1, 40)}, {r.choice(CITIES)}",
        lambda r, i: f"{i + 1}. {r.choice(['The rent is payable monthly in advance.', 'The tenant shall keep the premises in good repair.', 'Pets are permitted with written consent.', 'Notice must be given in writing two months ahead.', 'The deposit is held in a protected scheme.'])}",
        lambda r: "Signed ____________   Date ____________", lambda r: ("Special conditions: ", "garden maintenance by landlord"), None)
generic("form", "job-application",
        lambda r: f"Application form submission #{r.randint(1000, 9999)}\nPosition: {r.choice(['Warehouse lead', 'Junior accountant', 'Nurse', 'Frontend developer'])}",
        lambda r, i: f"{r.choice(['Years of experience', 'Notice period', 'Preferred start', 'Languages', 'Driving licence', 'Salary expectation'])}: {r.choice(['3', '1 month', 'September', 'English, Dutch', 'yes', '42k'])}",
        lambda r: "Consent to data processing: yes", lambda r: ("Cover letter: ", "I enjoy structured work and teams."), None)
generic("review", "app-store-reviews",
        lambda r: f"Reviews for {r.choice(['Budgetly', 'TrailMate', 'Snapnote', 'Parkly'])} (iOS) - sorted by newest",
        lambda r, i: f"{'*' * r.randint(1, 5)} {r.choice(FIRST)}{r.randint(1, 99)} - {r.choice(['Crashes on login since update.', 'Love the widgets.', 'Too many ads.', 'Sync finally works!', 'Support never replied.'])}",
        lambda r: "Average rating 3.9", lambda r: ("Developer response: ", "Thanks, fixed in 4.2."), None)
generic("wiki", "onboarding-page",
        lambda r: f"= Onboarding for new engineers =\nLast edited by {person(r)} on {date(r)}",
        lambda r, i: f"* Step {i + 1}: {r.choice(['request a laptop via the IT portal', 'join the on-call rotation after week 4', 'read the architecture overview', 'set up SSO with your badge', 'book intro chats with your team'])}",
        lambda r: "[[Category:Onboarding]]", lambda r: ("|buddy= ", "assigned by your manager"), "<!-- {} -->")
generic("config", "deploy-yaml",
        lambda r: f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {r.choice(['checkout', 'search', 'notifier'])}\nspec:\n  replicas: {r.randint(1, 6)}\n  template:\n    spec:\n      containers:",
        lambda r, i: f"        - name: side{i}\n          image: registry.example/{r.choice(['envoy', 'fluentbit', 'app'])}:{r.randint(1, 9)}.{r.randint(0, 20)}",
        lambda r: "      restartPolicy: Always", lambda r: ("  annotations:\n    description: ", "\"rolls out behind the gateway\""), "# {}")
generic("dockerfile", "dockerfile",
        lambda r: f"FROM python:3.{r.randint(9, 12)}-slim\nWORKDIR /app",
        lambda r, i: r.choice(["COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "ENV PYTHONUNBUFFERED=1", "EXPOSE 8080", "COPY src/ ./src", "RUN useradd -m app"]) + f"  # step {i}",
        lambda r: "CMD [\"python\", \"-m\", \"src.main\"]", lambda r: ("LABEL org.opencontainers.image.description=", "\"internal api\""), "# {}")
generic("sql", "migration",
        lambda r: f"-- migration {r.randint(100, 400)}_add_indexes.sql\nBEGIN;",
        lambda r, i: f"CREATE INDEX IF NOT EXISTS idx_{r.choice(['orders', 'users', 'events'])}_{i} ON {r.choice(['orders', 'users', 'events'])} ({r.choice(['created_at', 'email', 'status'])});",
        lambda r: "COMMIT;", lambda r: ("COMMENT ON TABLE orders IS ", "'customer orders';"), "-- {}")
generic("changelog", "changelog-md",
        lambda r: f"# Changelog\n\n## [{r.randint(1, 5)}.{r.randint(0, 20)}.0] - {date(r)}",
        lambda r, i: f"- {r.choice(['Fixed', 'Added', 'Changed', 'Removed'])} {r.choice(['CSV export encoding', 'dark mode', 'retry on 503', 'legacy v1 endpoint', 'timezone handling'])} (#{r.randint(100, 999)})",
        lambda r: "## Older releases\nSee the archive.", lambda r: ("Contributors: ", "thanks to everyone who filed bugs"), "<!-- {} -->")
generic("rss", "feed-xml",
        lambda r: f"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>{r.choice(ORGS)} news</title>",
        lambda r, i: f"<item><title>{r.choice(['Opening hours change', 'New branch opens', 'Recall notice', 'Summer event'])}</title><pubDate>{date(r)}</pubDate></item>",
        lambda r: "</channel></rss>", lambda r: ("<description>", "Updates from our team</description>"), "<!-- {} -->")
generic("sms", "sms-thread",
        lambda r: f"Messages with {r.choice(FIRST)} ({r.choice(['+44', '+31', '+351'])} ...{r.randint(100, 999)})",
        lambda r, i: f"{r.choice(['Me', 'Them'])} {tm(r)}: {r.choice(['on my way', 'can you grab milk', 'running 10 min late', 'ok', 'call me when free', 'parking at the back'])}",
        lambda r: "(end)", lambda r: ("Contact note: ", "neighbour, spare key"), None)
generic("voicemail", "transcript",
        lambda r: f"Voicemail from {r.choice(EVIL_PHONE_SAFE)} - {r.randint(20, 95)} s - transcribed automatically",
        lambda r, i: r.choice(["Hi, it's about the delivery slot tomorrow.", "We can do the morning if that suits.", "Otherwise Thursday after two.", "The technician will need access to the meter.", "Give us a ring back on the usual number."]),
        lambda r: "Confidence: 0.87", lambda r: ("Caller ID label: ", "Service desk"), None)
generic("invoice", "invoice-text",
        lambda r: f"INVOICE {r.randint(1000, 9999)}/{r.randint(24, 25)}\n{r.choice(ORGS)}, {r.choice(CITIES)}\nBill to: {r.choice(ORGS)}",
        lambda r, i: f"{r.choice(['Consulting hours', 'Material', 'Travel flat fee', 'Licence seat', 'Installation'])}  x{r.randint(1, 20)}  {r.randint(20, 900)}.00",
        lambda r: f"Total due: EUR {r.randint(500, 20000)}.00\nPayment terms: 30 days net", lambda r: ("Payment reference: ", f"CUST-{r.randint(100, 999)}"), None)
generic("shipping", "tracking-json",
        lambda r: "{\"carrier\": \"" + r.choice(ORGS) + "\", \"tracking\": \"1Z" + str(r.randint(10**9, 10**10)) + "\", \"events\": [",
        lambda r, i: f"  {{\"ts\": \"{date(r)} {tm(r)}\", \"where\": \"{r.choice(CITIES)}\", \"status\": \"{r.choice(['picked up', 'in transit', 'at hub', 'out for delivery', 'customs cleared'])}\"}},",
        lambda r: "  {}]}", lambda r: ("\"delivery_instructions\": ", "\"front porch\","), None)
generic("bank", "statement-csv",
        lambda r: "Booking date;Value date;Counterparty;Purpose;Amount",
        lambda r, i: f"{date(r)};{date(r)};{r.choice(ORGS)};{r.choice(['Rent', 'Salary', 'Card payment', 'Direct debit', 'Refund'])} {r.randint(100, 999)};{r.choice(['-', ''])}{r.randint(3, 3000)},{r.randint(0, 99):02d}",
        lambda r: "Closing balance;;;;" + str(r.randint(100, 9000)), lambda r: (f"{date(r)};{date(r)};Transfer;", "birthday gift;50,00"), None)
generic("hr", "policy-memo",
        lambda r: f"MEMO - Human Resources\nTo: all staff in {r.choice(CITIES)}\nRe: {r.choice(['hybrid work rules', 'holiday carry-over', 'parental leave update'])}",
        lambda r, i: r.choice(["Requests go through the HR portal.", "Managers approve within five working days.", "Carry-over is capped at five days.", "Exceptions need a written rationale.", "The policy applies from the first of next month."]),
        lambda r: "Questions: hr-desk (ext. 2200)", lambda r: ("Policy owner: ", "People Operations"), None)
generic("news", "article",
        lambda r: f"{r.choice(CITIES).upper()} - {r.choice(['Council approves new bike lanes', 'Local bakery wins national prize', 'Harbour dredging delayed', 'School roof repairs finished'])}\nBy {person(r)}, {date(r)}",
        lambda r, i: r.choice(["Residents had campaigned for years.", "The cost is estimated at 2.1 million euros.", "Work should begin in spring.", "Opponents cite parking concerns.", "A public meeting is planned for next month.", "The mayor welcomed the decision."]),
        lambda r: "(c) Regional Courier", lambda r: ("Photo caption: ", "the site on Tuesday morning"), "<!-- {} -->")
generic("forum", "forum-thread",
        lambda r: f"Thread: {r.choice(['Boiler pressure drops overnight', 'Best sourdough hydration?', 'Router keeps rebooting'])} (page 1)",
        lambda r, i: f"#{i + 1} {r.choice(FIRST)}_{r.randint(1, 99)}: {r.choice(['Same here, check the expansion vessel.', 'Try 72% first.', 'Firmware update fixed it for me.', 'Bump, any news?', 'Photo attached.'])}",
        lambda r: "Reply | Quote | Report", lambda r: ("Signature: ", "hobbyist since 2011"), None)
generic("recipe", "recipe-page",
        lambda r: f"{r.choice(['Lemon barley soup', 'Fennel gratin', 'Miso roast squash', 'Plum crumble'])}\nServes {r.randint(2, 8)} | {r.randint(20, 90)} minutes",
        lambda r, i: f"- {r.randint(1, 500)} {r.choice(['g', 'ml', 'tbsp'])} {r.choice(['butter', 'stock', 'flour', 'lemon juice', 'oats', 'miso'])}",
        lambda r: "Method: combine, bake until golden, rest 10 minutes.", lambda r: ("Tip from the author: ", "toast the seeds first"), "<!-- {} -->")
generic("travel", "itinerary",
        lambda r: f"Booking ref {r.choice('ABCDEFGH')}{r.randint(10000, 99999)} - traveller {person(r)}",
        lambda r, i: f"Day {i + 1}: {r.choice(CITIES)} - {r.choice(['flight', 'train', 'hotel check-in', 'museum slot', 'ferry'])} at {tm(r)}",
        lambda r: "Changes possible up to 24 h before departure.", lambda r: ("Special request: ", "quiet room, high floor"), None)
generic("kanban", "jira-issue-json",
        lambda r: "{\"key\": \"PLAT-" + str(r.randint(100, 9999)) + "\", \"fields\": {\"summary\": \"" + r.choice(['Flaky login test', 'Upgrade Postgres', 'Rename env vars']) + "\", \"comments\": [",
        lambda r, i: f"  {{\"author\": \"{r.choice(FIRST).lower()}\", \"body\": \"{r.choice(['Picked this up.', 'Blocked by infra.', 'PR is open.', 'Can we split this?'])}\"}},",
        lambda r: "  {}]}}", lambda r: ("\"description\": ", "\"See linked incident.\","), None)
generic("pr", "review-comments",
        lambda r: f"Pull request #{r.randint(100, 4000)}: {r.choice(['Add retry to uploader', 'Refactor auth middleware', 'Bump deps'])}",
        lambda r, i: f"{r.choice(FIRST).lower()} commented on {r.choice(['src/app.py', 'lib/util.go', 'README.md'])} line {r.randint(1, 300)}: {r.choice(['nit: naming', 'can we add a test?', 'LGTM', 'this swallows the error', 'why not use the helper?'])}",
        lambda r: "Checks: 14 passed, 1 skipped", lambda r: ("PR description: ", "fixes the timeout reported by ops"), "<!-- {} -->")
generic("notebook", "jupyter-json",
        lambda r: "{\"cells\": [",
        lambda r, i: "  {\"cell_type\": \"code\", \"source\": [\"df = df[df.amount > " + str(r.randint(0, 100)) + "]\"], \"outputs\": []},",
        lambda r: "  {}], \"nbformat\": 4}", lambda r: ("  {\"cell_type\": \"markdown\", \"source\": [", "\"## Cleaning\"]},"), "  # {}")
generic("monitoring", "alert-json",
        lambda r: "{\"incident\": \"INC-" + str(r.randint(1000, 9999)) + "\", \"service\": \"" + r.choice(['payments', 'search', 'mail']) + "\", \"timeline\": [",
        lambda r, i: f"  \"{tm(r)} {r.choice(['p99 latency 2.4s', 'error rate 3%', 'acknowledged', 'auto-scaled to 8 pods', 'recovered'])}\",",
        lambda r: "  \"end\"]}", lambda r: ("\"runbook_note\": ", "\"check connection pool first\","), None)
generic("kubernetes", "pod-describe",
        lambda r: f"Name:         {r.choice(['api', 'worker', 'cron'])}-{r.randint(1000, 9999)}\nNamespace:    prod\nStatus:       Running",
        lambda r, i: f"  Normal  {r.choice(['Scheduled', 'Pulled', 'Created', 'Started', 'Killing'])}  {r.randint(1, 59)}m  kubelet  {r.choice(['Successfully assigned', 'Container image present', 'Started container app'])}",
        lambda r: "QoS Class: Burstable", lambda r: ("Annotations:  note: ", "owned by team core"), "# {}")
generic("docs", "api-reference-html",
        lambda r: f"<h2>POST /v1/{r.choice(['refunds', 'payouts', 'webhooks'])}</h2>\n<p>Creates a new object.</p>\n<table>",
        lambda r, i: f"<tr><td>{r.choice(['amount', 'currency', 'reason', 'metadata', 'idempotency_key'])}</td><td>{r.choice(['integer', 'string', 'object'])}</td><td>{r.choice(['required', 'optional'])}</td></tr>",
        lambda r: "</table>\n<p>Returns 201 on success.</p>", lambda r: ("<p class=\"example\">Example: ", "amount=500</p>"), "<!-- {} -->")
generic("survey", "responses-csv",
        lambda r: "respondent,score,comment",
        lambda r, i: f"R{r.randint(100, 999)},{r.randint(1, 10)},\"{r.choice(['Staff were friendly', 'Queue too long', 'Parking hard to find', 'Will come again', 'Prices went up'])}\"",
        lambda r: f"# n={r.randint(40, 300)} responses", lambda r: ("R000,7,\"", "Website confusing\""), "# {}")
generic("pdf", "nda-text",
        lambda r: f"MUTUAL NON-DISCLOSURE AGREEMENT\nbetween {r.choice(ORGS)} and {r.choice(ORGS)}",
        lambda r, i: f"Clause {i + 1}. {r.choice(['Confidential Information excludes public knowledge.', 'Obligations survive three years.', 'Each party bears its own costs.', 'Governing law is that of the seat of the disclosing party.'])}",
        lambda r: "-- page break --", lambda r: ("Schedule A, permitted purpose: ", "evaluation of a joint bid"), None)
generic("package", "package-json",
        lambda r: "{\n  \"name\": \"@acme/" + r.choice(['ui-kit', 'billing-sdk', 'cli']) + "\",\n  \"version\": \"" + f"{r.randint(0, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}" + "\",\n  \"dependencies\": {",
        lambda r, i: f"    \"{r.choice(['react', 'lodash', 'zod', 'axios', 'date-fns'])}{i}\": \"^{r.randint(1, 18)}.0.0\",",
        lambda r: "    \"tslib\": \"^2.6.0\"\n  }\n}", lambda r: ("  \"description\": ", "\"shared components\","), None)
generic("terraform", "plan-output",
        lambda r: "Terraform will perform the following actions:",
        lambda r, i: f"  # aws_{r.choice(['s3_bucket', 'iam_role', 'instance'])}.{r.choice(['logs', 'app', 'ci'])}{i} will be {r.choice(['created', 'updated in-place', 'destroyed'])}",
        lambda r: f"Plan: {r.randint(1, 9)} to add, {r.randint(0, 5)} to change, {r.randint(0, 3)} to destroy.", lambda r: ("      + tags = { \"Purpose\" = ", "\"analytics\" }"), "# {}")
generic("meeting", "minutes-transcript",
        lambda r: f"Transcript - {r.choice(['weekly sync', 'board prep', 'design review'])} - {date(r)}",
        lambda r, i: f"[{r.randint(0, 59):02d}:{r.randint(0, 59):02d}] {r.choice(FIRST)}: {r.choice(['Can everyone see my screen?', 'We are behind on the migration.', 'Let us park that.', 'I will follow up offline.', 'Numbers look better than last month.'])}",
        lambda r: "Recording ended.", lambda r: ("Meeting title: ", "sync"), None)
generic("spreadsheet", "budget-tsv",
        lambda r: "Line\tQ1\tQ2\tQ3\tQ4\tOwner",
        lambda r, i: f"{r.choice(['Salaries', 'Cloud', 'Travel', 'Events', 'Training'])}\t{r.randint(1, 90)}k\t{r.randint(1, 90)}k\t{r.randint(1, 90)}k\t{r.randint(1, 90)}k\t{r.choice(FIRST)}",
        lambda r: "Total\t-\t-\t-\t-\t-", lambda r: ("Notes\t", "\t\t\t\tfinance"), None)
generic("chat", "teams-export",
        lambda r: f"Conversation export: {r.choice(['Vendor onboarding', 'Release 7', 'Office move'])}",
        lambda r, i: f"{person(r)} ({date(r)} {tm(r)}): {r.choice(['Uploaded the signed form.', 'Who approves the PO?', 'Moved to Thursday.', 'Keys are at reception.'])}",
        lambda r: "Export generated by admin", lambda r: ("Pinned message: ", "read the runbook first"), None)
generic("medical", "lab-results",
        lambda r: f"LAB REPORT - patient ID {r.randint(100000, 999999)}\nCollected: {date(r)}",
        lambda r, i: f"{r.choice(['Haemoglobin', 'Ferritin', 'TSH', 'CRP', 'HbA1c'])}: {r.randint(1, 150)}.{r.randint(0, 9)} (ref {r.randint(1, 20)}-{r.randint(30, 160)})",
        lambda r: "Validated by lab physician.", lambda r: ("Clinician comment: ", "repeat in 3 months"), None)
generic("realestate", "listing-json",
        lambda r: "{\"listing\": " + str(r.randint(10**5, 10**6)) + ", \"city\": \"" + r.choice(CITIES) + "\", \"features\": [",
        lambda r, i: f"  \"{r.choice(['balcony', 'lift', 'parking', 'new kitchen', 'garden', 'cellar'])}\",",
        lambda r: "  \"end\"], \"price_eur\": " + str(r.randint(150, 900)) + "000}", lambda r: ("\"agent_remarks\": ", "\"bright, quiet street\","), None)
generic("git", "commit-log",
        lambda r: f"$ git log --oneline -n {r.randint(5, 30)}",
        lambda r, i: f"{r.randint(0x1000000, 0xfffffff):07x} {r.choice(['fix: null check in parser', 'chore: bump deps', 'feat: add export', 'docs: typo', 'test: cover edge case'])}",
        lambda r: "$", lambda r: (f"{r.randint(0x1000000, 0xfffffff):07x} merge: ", "release branch"), None)
generic("support", "chatbot-transcript",
        lambda r: f"Live chat #{r.randint(1000, 9999)} - {r.choice(ORGS)} support",
        lambda r, i: f"{r.choice(['Customer', 'Agent'])}: {r.choice(['My order has not arrived.', 'Can you share the order number?', 'It is 55120.', 'It shows as delayed at the hub.', 'Thanks.'])}",
        lambda r: "Chat closed. Rating: 4/5", lambda r: ("Order note: ", "gift wrap"), None)
generic("inventory", "stock-report",
        lambda r: f"Stock report {r.choice(CITIES)} warehouse - {date(r)}\nSKU | name | on hand | reorder",
        lambda r, i: f"SK{r.randint(1000, 9999)} | {r.choice(PRODUCTS)} | {r.randint(0, 500)} | {r.choice(['yes', 'no'])}",
        lambda r: "Generated by WMS", lambda r: ("SK0000 | ", "sample display unit | 1 | no"), None)
generic("sensor", "iot-telemetry",
        lambda r: f"device={r.choice(['hvac', 'freezer', 'door'])}-{r.randint(1, 99)} fw=3.{r.randint(0, 9)}",
        lambda r, i: f"ts={r.randint(1700000000, 1760000000)} temp={r.randint(-20, 30)}.{r.randint(0, 9)} hum={r.randint(20, 90)} ok",
        lambda r: "stream end", lambda r: ("label=", "kitchen"), "# {}")
generic("legal", "court-docket",
        lambda r: f"Docket No. {r.randint(20, 25)}-cv-{r.randint(1000, 9999)}",
        lambda r, i: f"{date(r)}  #{i + 1}  {r.choice(['Complaint filed', 'Summons issued', 'Motion to dismiss', 'Order granting extension', 'Notice of appearance'])}",
        lambda r: "End of docket.", lambda r: ("Case caption: ", "Smith v. Harbour Co."), None)
generic("education", "course-syllabus",
        lambda r: f"Course {r.choice(['STAT 201', 'HIST 110', 'CHEM 150'])} - Syllabus",
        lambda r, i: f"Week {i + 1}: {r.choice(['Introduction', 'Sampling', 'Lab safety', 'Primary sources', 'Midterm review'])}",
        lambda r: "Office hours Tue 14-15.", lambda r: ("Grading: ", "40% project, 60% exams"), None)
generic("email-de", "rechnung", lang="de",
        head=lambda r: f"Betreff: Zahlungserinnerung Rechnung {r.randint(1000, 9999)}\nVon: {person(r)}\n\nSehr geehrte Damen und Herren,",
        item=lambda r, i: f"Position {i + 1}: {r.choice(['Wartung Heizung', 'Ersatzteil Pumpe', 'Anfahrt', 'Arbeitszeit'])} - {r.randint(20, 900)},00 EUR",
        foot=lambda r: "Mit freundlichen Grüßen\nBuchhaltung", field=lambda r: ("Kundennummer: ", f"K-{r.randint(100, 999)}"), cmt="<!-- {} -->")
generic("ticket", "stoerung-de", lang="de",
        head=lambda r: f"Störungsmeldung #{r.randint(1000, 9999)}\nStandort: {r.choice(['Bremen', 'Graz', 'Kassel'])}",
        item=lambda r, i: f"{date(r)} {tm(r)} - {r.choice(['Aufzug steht im 3. OG', 'Techniker informiert', 'Ersatzteil bestellt', 'Kunde zurückgerufen'])}",
        foot=lambda r: "Status: offen", field=lambda r: ("Bemerkung: ", "Zugang über Hof"), cmt=None)
generic("crm", "devis-fr", lang="fr",
        head=lambda r: f"Devis n° {r.randint(1000, 9999)}\nClient : {person(r)}\nVille : {r.choice(['Lyon', 'Nantes', 'Lille'])}",
        item=lambda r, i: f"- {r.choice(['Pose carrelage', 'Fourniture joints', 'Déplacement', 'Main d œuvre'])} : {r.randint(30, 900)},00 €",
        foot=lambda r: "Devis valable 30 jours.", field=lambda r: ("Remarque : ", "accès par la cour"), cmt=None)
generic("forum", "discussion-fr", lang="fr",
        head=lambda r: f"Sujet : {r.choice(['Fuite sous l évier', 'Quel vélo pour la ville ?', 'Box internet instable'])}",
        item=lambda r, i: f"{r.choice(FIRST)}{r.randint(1, 99)} : {r.choice(['Même souci chez moi.', 'Change le joint.', 'Mise à jour faite, ça marche.', 'Des nouvelles ?'])}",
        foot=lambda r: "Répondre | Citer", field=lambda r: ("Signature : ", "bricoleur du dimanche"), cmt="<!-- {} -->")
