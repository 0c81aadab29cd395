// Package cputime reads the CPU time the process has used, for benchmarks
// on machines shared with other work: CPU time measures the cost where wall
// time measures the queue.
package cputime
