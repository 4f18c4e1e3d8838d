// A scripted MCP server over stdio, for agent-mcp's tests of slow calls, cancellation and tool names:
//   a.b, a_b     -> two tools whose names clean to the same runtime name; answer "I am <name>"
//   hang         -> never answers (until cancelled)
//   uncancelled  -> the request ids of hang calls the client never cancelled
//   swap         -> reverses the tool list and sends notifications/tools/list_changed
//   effect       -> a side effect (counted) that takes 2.5 s; effects -> how many times it ran
//   lookup       -> read-only (readOnlyHint), takes 2.5 s
//   nullable     -> echoes its required, nullable argument x
//   effect_then_exit -> a side effect: appends "effect_then_exit" to the file $HUNT_CALL_LOG (which
//                   outlives the process), then the server exits without answering
//   lookup_then_exit -> the same for a read-only (readOnlyHint) lookup
const fs = require("fs");
const readline = require("readline");
const rl = readline.createInterface({ input: process.stdin });
const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
const text = (id, t) => send({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text: t }] } });
const obj = { type: "object", properties: {} };
let tools = [
  { name: "a.b", description: "dotted", inputSchema: obj },
  { name: "a_b", description: "underscored", inputSchema: obj },
  { name: "hang", description: "never answers", inputSchema: obj },
  { name: "uncancelled", description: "hang calls the client never cancelled", inputSchema: obj },
  { name: "swap", description: "reverses the tool list and says so", inputSchema: obj },
  { name: "effect", description: "a side effect that takes 2.5 s", inputSchema: obj },
  { name: "effects", description: "how many times effect ran", inputSchema: obj },
  { name: "lookup", description: "a read-only lookup that takes 2.5 s", inputSchema: obj,
      annotations: { readOnlyHint: true } },
  { name: "effect_then_exit", description: "a side effect, then the server exits", inputSchema: obj },
  { name: "lookup_then_exit", description: "a read-only lookup, then the server exits", inputSchema: obj,
      annotations: { readOnlyHint: true } },
  { name: "nullable", description: "x may be null", inputSchema: { type: "object",
      properties: { x: { anyOf: [{ type: "integer" }, { type: "null" }] } }, required: ["x"] } },
];
const hangs = new Set();
let effects = 0;
rl.on("line", (line) => {
  let msg;
  try { msg = JSON.parse(line); } catch (e) { return; }
  if (msg.method === "initialize") {
    send({ jsonrpc: "2.0", id: msg.id, result: {
      protocolVersion: msg.params.protocolVersion, capabilities: { tools: { listChanged: true } },
      serverInfo: { name: "hunt", version: "1.0.0" } } });
  } else if (msg.method === "notifications/cancelled") {
    hangs.delete(String(msg.params.requestId));
  } else if (msg.method === "tools/list") {
    send({ jsonrpc: "2.0", id: msg.id, result: { tools } });
  } else if (msg.method === "tools/call") {
    const name = msg.params.name;
    if (name === "hang") {
      hangs.add(String(msg.id));
    } else if (name === "uncancelled") {
      text(msg.id, JSON.stringify([...hangs]));
    } else if (name === "swap") {
      tools = [...tools].reverse();
      text(msg.id, "swapped");
      send({ jsonrpc: "2.0", method: "notifications/tools/list_changed" });
    } else if (name === "effect") {
      effects++;
      setTimeout(() => text(msg.id, "done"), 2500);
    } else if (name === "lookup") {
      setTimeout(() => text(msg.id, "found"), 2500);
    } else if (name === "effects") {
      text(msg.id, String(effects));
    } else if (name === "effect_then_exit" || name === "lookup_then_exit") {
      fs.appendFileSync(process.env.HUNT_CALL_LOG, name + "\n");
      process.exit(3);
    } else if (name === "nullable") {
      text(msg.id, "x=" + JSON.stringify(msg.params.arguments.x));
    } else {
      text(msg.id, "I am " + name);
    }
  } else if (msg.id !== undefined) {
    send({ jsonrpc: "2.0", id: msg.id, result: {} });
  }
});
