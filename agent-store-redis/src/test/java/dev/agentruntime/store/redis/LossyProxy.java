package dev.agentruntime.store.redis;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy in front of redis-server that, once armed, forwards the next client bytes holding a marker to
 * the server and then cuts the connection instead of passing the reply back: the command ran, its reply
 * was lost (a network blip).
 */
final class LossyProxy implements AutoCloseable {
  final ServerSocket listen;
  final int target;
  final AtomicBoolean armed = new AtomicBoolean();
  final String marker;
  final List<Socket> sockets = new CopyOnWriteArrayList<>();

  LossyProxy(int target, String marker) throws Exception {
    this.listen = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.target = target;
    this.marker = marker;
    Thread t = new Thread(this::accept, "proxy");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return listen.getLocalPort();
  }

  private void accept() {
    while (!listen.isClosed()) {
      try {
        Socket c = listen.accept();
        Socket s = new Socket(InetAddress.getLoopbackAddress(), target);
        sockets.add(c);
        sockets.add(s);
        AtomicBoolean cut = new AtomicBoolean();
        pump(c, s, cut, true);
        pump(s, c, cut, false);
      } catch (Exception e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to, AtomicBoolean cut, boolean clientToServer) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[65536];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buf)) > 0) {
          if (!clientToServer && cut.get()) {
            break; // drop the reply
          }
          boolean last = clientToServer && armed.get()
              && new String(buf, 0, n, StandardCharsets.ISO_8859_1).contains(marker)
              && armed.compareAndSet(true, false);
          if (last) {
            cut.set(true); // before the server can answer
          }
          out.write(buf, 0, n);
          out.flush();
          if (last) {
            Thread.sleep(200); // the server runs it
            from.close();
            to.close();
            return;
          }
        }
      } catch (Exception e) {
        // closed
      } finally {
        try {
          from.close();
          to.close();
        } catch (Exception e) {
          // closed
        }
      }
    });
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws Exception {
    listen.close();
    for (Socket s : sockets) {
      s.close();
    }
  }
}
