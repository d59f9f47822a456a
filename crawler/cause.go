package crawler

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
)

// Cause states why err happened, cause first, in a form an operator can act
// on: "dns: no such host boards-api.greenhouse.io", "connect: connection
// refused 127.0.0.1:9", "http 404: GET https://...". What the crawler was
// doing follows in parentheses when it adds something ("while fetching
// robots.txt of example.org"). Unknown errors are returned as they are.
func Cause(err error) string {
	if err == nil {
		return ""
	}
	cause := rootCause(err)
	full := err.Error()
	if cause == "" || cause == full {
		return full
	}
	var ctx []string
	if host, ok := robotsHost(full); ok {
		ctx = append(ctx, "while fetching robots.txt of "+host)
	}
	if len(ctx) == 0 {
		return cause
	}
	return cause + " (" + strings.Join(ctx, "; ") + ")"
}

// rootCause names the innermost reason of err, or "" when it is not one
// of the kinds below.
func rootCause(err error) string {
	var dns *net.DNSError
	var herr *HTTPError
	var opErr *net.OpError
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	switch {
	case errors.As(err, &herr):
		return "http " + strconv.Itoa(herr.StatusCode) + " " + http.StatusText(herr.StatusCode) + ": GET " + herr.URL
	case errors.Is(err, ErrPrivateAddress):
		return "guard: " + ErrPrivateAddress.Error() + " (set crawler.allow_private only for local tests)"
	case errors.Is(err, ErrRobots):
		return "robots.txt: " + strings.TrimSuffix(err.Error(), ": "+ErrRobots.Error()) + " is disallowed"
	case errors.Is(err, ErrBodyTooLarge):
		return "body: " + err.Error()
	case errors.Is(err, ErrTooManyRedirects):
		return "redirects: " + err.Error()
	case errors.As(err, &dns):
		switch {
		case dns.IsNotFound:
			return "dns: no such host " + dns.Name
		case dns.IsTimeout:
			return "dns: timeout resolving " + dns.Name
		}
		return "dns: " + dns.Err + " resolving " + dns.Name
	case errors.Is(err, context.Canceled):
		return "cancelled: the crawl was stopped"
	case errors.As(err, &certErr), errors.As(err, &unknownAuth), errors.As(err, &hostErr):
		return "tls: " + innermost(err)
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connect: connection refused " + opAddr(err)
	case errors.Is(err, syscall.ECONNRESET):
		return "connect: connection reset by " + opAddr(err)
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return "connect: network unreachable " + opAddr(err)
	case isTimeout(err), errors.Is(err, context.DeadlineExceeded):
		return "timeout: no answer within the crawler's timeout (" + innermost(err) + ")"
	case errors.As(err, &opErr):
		return opErr.Op + ": " + innermost(err)
	}
	return ""
}

// opAddr is the remote address of the net.OpError in err, if any.
func opAddr(err error) string {
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Addr != nil {
		return opErr.Addr.String()
	}
	return ""
}

// innermost is the message of the last error in err's Unwrap chain.
func innermost(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// robotsHost finds "robots.txt of HOST:" in an error message.
func robotsHost(msg string) (string, bool) {
	_, after, ok := strings.Cut(msg, "robots.txt of ")
	if !ok {
		return "", false
	}
	host, _, ok := strings.Cut(after, ": ")
	return host, ok && host != ""
}
