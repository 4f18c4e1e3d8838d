# Joins a new session keyring, plants a secret "user" key in it (as a login session's
# pam_keyinit would hold a database password), checks that this process can read it back, then
# execs the given command (a JVM) with the key's serial appended: the command and its children
# inherit that session keyring.
# usage: plant-session-key.py SECRET DESCRIPTION COMMAND [ARG...]
import ctypes, os, platform, sys

NR = {"x86_64": (248, 250), "aarch64": (217, 219)}.get(platform.machine())
if NR is None:
    print("SKIP no keyctl syscall numbers for " + platform.machine())
    sys.exit(3)
ADD_KEY, KEYCTL = NR
KEYCTL_JOIN_SESSION_KEYRING, KEYCTL_READ = 1, 11
KEY_SPEC_SESSION_KEYRING = -3
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
secret, desc = sys.argv[1].encode(), sys.argv[2].encode()

ring = libc.syscall(KEYCTL, ctypes.c_long(KEYCTL_JOIN_SESSION_KEYRING), ctypes.c_char_p(b"agent-sandbox-test"))
if ring < 0:
    print("SKIP cannot join a session keyring: errno %d" % ctypes.get_errno())
    sys.exit(3)
key = libc.syscall(ADD_KEY, ctypes.c_char_p(b"user"), ctypes.c_char_p(desc), ctypes.c_char_p(secret),
                   ctypes.c_size_t(len(secret)), ctypes.c_long(KEY_SPEC_SESSION_KEYRING))
if key < 0:
    print("SKIP cannot add a key: errno %d" % ctypes.get_errno())
    sys.exit(3)
buf = ctypes.create_string_buffer(256)
n = libc.syscall(KEYCTL, ctypes.c_long(KEYCTL_READ), ctypes.c_long(key), buf, ctypes.c_long(256))
if n != len(secret) or buf.raw[:n] != secret:
    print("SKIP the planting process cannot read its own key back (%d)" % n)
    sys.exit(3)
sys.stdout.flush()
os.execv(sys.argv[3], sys.argv[3:] + [str(key)])
