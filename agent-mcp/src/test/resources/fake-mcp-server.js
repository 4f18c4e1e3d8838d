// A deliberately faulty MCP server over stdio, for agent-mcp's fault tests. It answers the
// handshake and tools/list correctly, then misbehaves on tools/call depending on the tool:
//   garbage   -> writes a line that is not JSON at all (and never answers)
//   bad_shape -> answers with a JSON-RPC message whose result is not a CallToolResult
//   die       -> exits in the middle of the call
//   ok        -> answers normally
const readline = require("readline");
const rl = readline.createInterface({ input: process.stdin });
const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
const tool = (name) => ({ name, description: "fault: " + name, inputSchema: { type: "object", properties: {} } });
rl.on("line", (line) => {
  let msg;
  try { msg = JSON.parse(line); } catch (e) { return; }
  if (msg.method === "initialize") {
    send({ jsonrpc: "2.0", id: msg.id, result: {
      protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} },
      serverInfo: { name: "fake", version: "1.0.0" } } });
  } else if (msg.method === "tools/list") {
    send({ jsonrpc: "2.0", id: msg.id, result: { tools: ["garbage", "bad_shape", "die", "ok"].map(tool) } });
  } else if (msg.method === "tools/call") {
    const name = msg.params.name;
    if (name === "garbage") {
      process.stdout.write("}}} this is not JSON-RPC {{{\n");
    } else if (name === "bad_shape") {
      send({ jsonrpc: "2.0", id: msg.id, result: { content: "not a list", isError: "maybe" } });
    } else if (name === "die") {
      process.exit(3);
    } else {
      send({ jsonrpc: "2.0", id: msg.id, result: { content: [{ type: "text", text: "fine" }] } });
    }
  } else if (msg.id !== undefined) {
    send({ jsonrpc: "2.0", id: msg.id, result: {} });
  }
});
