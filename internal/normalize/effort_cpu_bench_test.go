package normalize

import (
	"syscall"
	"testing"
	"time"
)

func rs4CPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkEffortCPU is BenchmarkParseEffort with its CPU time an op.
func BenchmarkEffortCPU(b *testing.B) {
	cpu0 := rs4CPU()
	for b.Loop() {
		ParseEffort(benchText)
	}
	b.ReportMetric(float64(rs4CPU()-cpu0)/float64(b.N), "cpu-ns/op")
}
