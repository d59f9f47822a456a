package crawler

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// cgnat is the shared address space of RFC 6598, not covered by netip's IsPrivate.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// isPublic reports whether ip is a globally routable unicast address.
func isPublic(ip netip.Addr) bool {
	ip = ip.Unmap()
	switch {
	case !ip.IsValid(), ip.IsLoopback(), ip.IsPrivate(), ip.IsUnspecified(),
		ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast(),
		ip.IsMulticast(), cgnat.Contains(ip):
		return false
	}
	return true
}

// allowedAddr decides what the guard lets through: isPublic; tests
// replace it to treat one loopback address as "public".
var allowedAddr = isPublic

// guardControl is a net.Dialer Control function that refuses, at dial time
// (after DNS resolution, so a public name pointing at 127.0.0.1 is caught
// too), any address that is not public.
func guardControl(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("crawler: dial %s: %w", address, err)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("crawler: dial %s: %w", address, err)
	}
	if !allowedAddr(ip) {
		return fmt.Errorf("crawler: dial %s: %w", address, ErrPrivateAddress)
	}
	return nil
}
