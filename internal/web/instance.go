package web

import (
	"net"
	"net/http"
)

// Instance is what a server says about itself on GET /admin/instance, so
// that the command line run beside it delegates only to the server of its
// own data directory.
type Instance struct {
	ID      string `json:"instance_id"` // random, new at each start
	DataDir string `json:"data_dir"`    // absolute
	PID     int    `json:"pid"`
	Command string `json:"command,omitempty"`
	Version string `json:"version,omitempty"`
}

// instance answers clients on this machine only: the data directory is
// the operator's business.
func (s *Server) instance(w http.ResponseWriter, r *http.Request) {
	if s.opts.Instance == nil {
		s.error(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "no such endpoint"})
		return
	}
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() || r.Header.Get("Origin") != "" {
		s.error(w, r, &apiError{status: http.StatusForbidden, code: "forbidden", message: "instance details are only for clients on this machine"})
		return
	}
	s.json(w, http.StatusOK, s.opts.Instance)
}
