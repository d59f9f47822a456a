package web

import (
	_ "embed"
	"net/http"
)

// openAPISpec describes every route in Routes; openapi_test.go checks real
// responses against it.
//
//go:embed openapi.json
var openAPISpec []byte

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	s.serveCached(w, r, cached{contentType: contentJSON, body: openAPISpec})
}
