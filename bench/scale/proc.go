package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"time"
)

// proc is a process the bench started. It runs until stop, which kills it and
// waits for it; exited tells whether it ended by itself before that.
type proc struct {
	name string
	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

// start runs bin with args, its output on our stderr.
func start(ctx context.Context, name, bin string, args ...string) (*proc, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	p := &proc{name: name, cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// exited returns an error if the process is no longer running.
func (p *proc) exited() error {
	select {
	case <-p.done:
		return fmt.Errorf("%s exited before the bench stopped it (%v)", p.name, p.err)
	default:
		return nil
	}
}

// stop kills the process and waits for it to end.
func (p *proc) stop() {
	_ = p.cmd.Process.Kill() // an error here means it has already ended
	<-p.done
}

// pause waits d, or less if ctx ends first (then with its error).
func pause(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
