// The support chat page: starts a run of the "support" agent through the agent API, follows its
// events over Server-Sent Events and answers tool approvals. No build step, no dependencies.
(() => {
  'use strict';
  const agent = 'support';
  const sessionId = 'chat-' + Math.random().toString(36).slice(2, 10);
  const log = document.getElementById('log');
  const form = document.getElementById('ask');
  const input = document.getElementById('input');
  const send = document.getElementById('send');
  const cancel = document.getElementById('cancel');
  const status = document.getElementById('status');
  const cost = document.getElementById('cost');
  let run = null; // { id, events, bubble, tools, tokens, cost, calls }

  // USD amounts as the API sends them (exact to the pico-dollar), never in exponent notation
  function plain(n) {
    return Number(n).toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
  }

  function showCost(live) {
    cost.dataset.usd = plain(run.cost);
    cost.textContent = 'run cost $' + plain(run.cost) + ' · ' + run.calls + ' model call' + (run.calls === 1 ? '' : 's');
    cost.classList.toggle('live', live);
  }

  function add(cls, text) {
    const el = document.createElement('div');
    el.className = cls;
    if (text !== undefined) el.textContent = text;
    log.appendChild(el);
    el.scrollIntoView({ block: 'end' });
    return el;
  }

  function busy(on) {
    send.disabled = on;
    input.disabled = on;
    cancel.hidden = !on;
    if (!on) input.focus();
  }

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok && res.status !== 204) {
      let detail = res.statusText;
      try { detail = (await res.json()).detail || detail; } catch (e) { /* not a problem document */ }
      throw new Error(res.status + ': ' + detail);
    }
    return res.status === 204 ? null : res.json();
  }

  function bubble() {
    if (!run.bubble) run.bubble = add('msg assistant streaming', '');
    return run.bubble;
  }

  function finish(text) {
    if (run.bubble) run.bubble.classList.remove('streaming');
    // an approval the run no longer waits for (cancelled, failed) cannot be answered any more
    log.querySelectorAll('.approval[data-run-id="' + run.id + '"]').forEach((card) => {
      if (!card.querySelector('button')) return;
      card.querySelectorAll('button').forEach((x) => x.remove());
      const d = document.createElement('div');
      d.className = 'decision';
      d.textContent = 'not answered: the run ended';
      card.appendChild(d);
    });
    run.events.close();
    if (run.calls > 0) showCost(false);
    status.textContent = text;
    run = null;
    busy(false);
  }

  const handlers = {
    text_delta: (e) => { bubble().textContent += e.text; },
    text_discarded: () => { if (run.bubble) run.bubble.textContent = ''; },
    tool_call_started: (e) => {
      if (run.bubble) { run.bubble.classList.remove('streaming'); run.bubble = null; }
      const el = add('tool', e.toolName + ' ' + e.arguments);
      el.dataset.tool = e.toolName;
      const state = document.createElement('span');
      state.className = 'state';
      state.textContent = '…';
      el.appendChild(state);
      run.tools[e.toolCallId] = el;
    },
    tool_call_completed: (e) => {
      const el = run.tools[e.toolCallId];
      if (!el) return;
      el.classList.add(e.isError ? 'error' : 'ok');
      el.querySelector('.state').textContent = (e.isError ? 'failed' : 'done') + ' · ' + e.duration + ' ms';
    },
    approval_requested: (e) => {
      const card = add('approval');
      card.dataset.approvalId = e.approvalId;
      card.dataset.runId = run.id;
      const p = document.createElement('p');
      p.textContent = 'The agent wants to call ' + e.tool + ' ' + e.arguments + '. Allow it?';
      card.appendChild(p);
      const runId = run.id;
      for (const [label, approved] of [['Approve', true], ['Deny', false]]) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = approved ? 'approve' : 'deny';
        b.textContent = label;
        b.addEventListener('click', async () => {
          card.querySelectorAll('button').forEach((x) => { x.disabled = true; });
          try {
            await api('POST', '/runs/' + runId + '/approvals/' + e.approvalId,
              { approved, reason: approved ? 'approved in the chat page' : 'denied in the chat page' });
          } catch (err) {
            add('error', 'approval failed: ' + err.message);
          }
        });
        card.appendChild(b);
      }
    },
    approval_decided: (e) => {
      const card = log.querySelector('.approval[data-approval-id="' + e.approvalId + '"]');
      if (!card) return;
      card.querySelectorAll('button').forEach((x) => x.remove());
      const d = document.createElement('div');
      d.className = 'decision';
      d.textContent = e.approved ? '✔ approved' : '✘ denied';
      card.appendChild(d);
    },
    model_call_completed: (e) => {
      if (e.usage) run.tokens += e.usage.inputTokens + e.usage.outputTokens;
    },
    cost_incurred: (e) => {
      // the run's cost so far, this call included; overlapping calls may arrive out of order
      if (e.runCostUsd > run.cost) run.cost = e.runCostUsd;
      run.calls += 1;
      showCost(true);
    },
    run_completed: (e) => {
      if (!run.bubble && e.output) add('msg assistant', e.output);
      const meta = add('meta', e.stopReason.toLowerCase() + ' · ' + run.tokens + ' tokens'
        + (run.calls > 0 ? ' · $' + plain(run.cost) : '') + ' · ' + e.duration + ' ms');
      meta.dataset.runId = run.id;
      finish('ready');
    },
    run_failed: (e) => {
      add('error run-failed', (e.errorType || 'failed') + ': ' + e.message);
      finish('ready');
    },
  };

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text || run) return;
    input.value = '';
    add('msg user', text);
    busy(true);
    status.textContent = 'thinking…';
    try {
      const started = await api('POST', '/agents/' + agent + '/runs', { input: text, sessionId, async: true });
      run = { id: started.runId, bubble: null, tools: {}, tokens: 0, cost: 0, calls: 0 };
      cost.textContent = '';
      delete cost.dataset.usd;
      status.textContent = 'run ' + run.id;
      run.events = new EventSource(started.events); // reconnects with Last-Event-ID by itself
      for (const [type, handle] of Object.entries(handlers)) {
        run.events.addEventListener(type, (m) => { if (run) handle(JSON.parse(m.data)); });
      }
    } catch (err) {
      add('error', err.message);
      busy(false);
      status.textContent = 'ready';
    }
  });

  cancel.addEventListener('click', async () => {
    if (!run) return;
    cancel.disabled = true;
    try {
      await api('DELETE', '/runs/' + run.id);
    } catch (err) {
      add('error', 'cancel failed: ' + err.message);
    } finally {
      cancel.disabled = false;
    }
  });

  input.focus();
})();
