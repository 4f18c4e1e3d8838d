// A scripted MCP server over streamable HTTP (on 127.0.0.1:$PORT, endpoint /mcp), for agent-mcp's
// tests of connections lost mid-call. Every answer closes its connection (no keep-alive): a request
// sent to a server that is gone is refused, never written to a stale pooled connection.
//   effect_lost  -> a side effect (counted), then its response stream breaks after one
//                   notification, and the next ping is dropped: the client finds the server gone
//   lookup_lost  -> the same for a read-only (readOnlyHint) lookup (counted)
//   effect_cut   -> a side effect (counted), then the connection is cut before any response
//   effect       -> a side effect (counted) that answers "done"
//   effect_fails -> a side effect (counted), then the HTTP answer is an error status (arguments.status,
//                   502 unless given) with an HTML page, as a gateway in front of the server answers
//                   when the upstream failed or was too slow after the request was forwarded
//   lookup_fails -> the same for a read-only (readOnlyHint) lookup (counted)
//   calls        -> how many calls of each of the other tools arrived, as
//                   {"effect_lost":n,...}
//   any other path than /mcp answers 404 with an HTML page
const http = require("http");
const obj = { type: "object", properties: {} };
const status = { type: "object", properties: { status: { type: "integer" } } };
const reasons = { 500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Time-out" };
const tools = [
  { name: "effect_lost", description: "a side effect, then the connection is lost", inputSchema: obj },
  { name: "lookup_lost", description: "a read-only lookup, then the connection is lost", inputSchema: obj,
      annotations: { readOnlyHint: true } },
  { name: "effect_cut", description: "a side effect, then the connection is cut before any answer", inputSchema: obj },
  { name: "effect", description: "a side effect", inputSchema: obj },
  { name: "effect_fails", description: "a side effect, answered with an HTTP error status", inputSchema: status },
  { name: "lookup_fails", description: "a read-only lookup, answered with an HTTP error status", inputSchema: status,
      annotations: { readOnlyHint: true } },
  { name: "calls", description: "how many calls of each tool arrived", inputSchema: obj,
      annotations: { readOnlyHint: true } },
];
const calls = {};
let dropPings = 0;
const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { "Content-Type": "application/json", Connection: "close", ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};
const text = (id, t) => ({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text: t }] } });
const server = http.createServer((req, res) => {
  if (req.url.split("?")[0] !== "/mcp") {
    res.writeHead(404, { "Content-Type": "text/html", Connection: "close" });
    res.end("<!DOCTYPE html>\n<html><head><title>Error</title><style>body { font-family: sans-serif; }</style>"
        + "</head><body><h1>Not Found</h1><pre>Cannot POST " + req.url + "</pre>"
        + "<p>" + "The page you asked for is not here. ".repeat(20) + "</p></body></html>\n");
    return;
  }
  if (req.method === "GET") {
    res.writeHead(405, { Connection: "close" });
    res.end();
    return;
  }
  if (req.method === "DELETE") {
    res.writeHead(200, { Connection: "close" });
    res.end();
    return;
  }
  let body = "";
  req.on("data", (chunk) => { body += chunk; });
  req.on("end", () => {
    let msg;
    try { msg = JSON.parse(body); } catch (e) { json(res, 400, { error: "not JSON" }); return; }
    if (msg.id === undefined) {
      res.writeHead(202, { Connection: "close" });
      res.end();
    } else if (msg.method === "initialize") {
      json(res, 200, { jsonrpc: "2.0", id: msg.id, result: {
        protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} },
        serverInfo: { name: "hunt-http", version: "1.0.0" } } }, { "Mcp-Session-Id": "hunt-session" });
    } else if (msg.method === "ping") {
      if (dropPings > 0) {
        dropPings--;
        req.socket.destroy();
        return;
      }
      json(res, 200, { jsonrpc: "2.0", id: msg.id, result: {} });
    } else if (msg.method === "tools/list") {
      json(res, 200, { jsonrpc: "2.0", id: msg.id, result: { tools } });
    } else if (msg.method === "tools/call") {
      const name = msg.params.name;
      if (name === "calls") {
        json(res, 200, text(msg.id, JSON.stringify(calls)));
        return;
      }
      calls[name] = (calls[name] || 0) + 1;
      if (name === "effect_lost" || name === "lookup_lost") {
        // kept alive, so chunked: the cut is a broken body, not the end of a close-delimited one
        res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
        const note = { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: name + " ran" } };
        res.write("event: message\ndata: " + JSON.stringify(note) + "\n\n", () => {
          dropPings = 1;
          res.socket.destroy();
        });
      } else if (name === "effect_fails" || name === "lookup_fails") {
        const code = (msg.params.arguments && msg.params.arguments.status) || 502;
        const reason = reasons[code] || "Error";
        res.writeHead(code, { "Content-Type": "text/html", Connection: "close" });
        res.end("<html>\r\n<head><title>" + code + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>" + code
            + " " + reason + "</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n");
      } else if (name === "effect_cut") {
        req.socket.destroy();
      } else {
        json(res, 200, text(msg.id, "done"));
      }
    } else {
      json(res, 200, { jsonrpc: "2.0", id: msg.id, result: {} });
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => {
  process.stdout.write("listening " + server.address().port + "\n");
});
