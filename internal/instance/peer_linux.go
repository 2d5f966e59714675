package instance

import (
	"fmt"
	"net"
	"syscall"
)

// peerCheckSupported: Linux tells who is at the other end of a unix socket.
const peerCheckSupported = true

// checkPeer refuses a connection whose other end runs as another user than uid (SO_PEERCRED).
func checkPeer(conn net.Conn, uid int) error {
	uc, ok := conn.(*net.UnixConn)
	if !ok {
		return fmt.Errorf("peer check: not a unix socket")
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return fmt.Errorf("peer check: %w", err)
	}
	var cred *syscall.Ucred
	var cerr error
	if err := raw.Control(func(fd uintptr) {
		cred, cerr = syscall.GetsockoptUcred(int(fd), syscall.SOL_SOCKET, syscall.SO_PEERCRED)
	}); err != nil {
		return fmt.Errorf("peer check: %w", err)
	}
	if cerr != nil {
		return fmt.Errorf("peer check: %w", cerr)
	}
	if int(cred.Uid) != uid {
		return fmt.Errorf("peer check: the other end runs as uid %d, not %d", cred.Uid, uid)
	}
	return nil
}
