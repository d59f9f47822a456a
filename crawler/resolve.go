package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
)

// LookupFunc resolves a host name to addresses. Options.Resolve takes one
// so that tests control name resolution (no real DNS).
type LookupFunc func(ctx context.Context, host string) ([]netip.Addr, error)

// resolvingDial dials host:port by resolving host with lookup and dialing
// each address in turn with d, whose Control (the address guard) sees each
// resolved address: a name that resolves to a private address, first or
// after a redirect, is refused at dial time.
func resolvingDial(d *net.Dialer, lookup LookupFunc) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		var ips []netip.Addr
		if ip, err := netip.ParseAddr(host); err == nil {
			ips = []netip.Addr{ip}
		} else if ips, err = lookup(ctx, host); err != nil {
			return nil, fmt.Errorf("dns: %s: %w", host, err)
		}
		if len(ips) == 0 {
			return nil, fmt.Errorf("dns: %s: no addresses", host)
		}
		var errs []error
		for _, ip := range ips {
			c, err := d.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
			if err == nil {
				return c, nil
			}
			errs = append(errs, err)
		}
		return nil, errors.Join(errs...)
	}
}
