package sink

import (
	"bytes"
	"io"
	"net/mail"
	"time"

	"github.com/emersion/go-smtp"
)

// SMTPBackend records each mail as an email delivery; the receiver is the
// X-Opsmon-Receiver header Alertmanager's email config sets.
type SMTPBackend struct {
	Store *Store
	Now   func() time.Time
}

// NewSession accepts every connection: the sink only listens inside the local stack.
func (b *SMTPBackend) NewSession(*smtp.Conn) (smtp.Session, error) {
	return &smtpSession{backend: b}, nil
}

type smtpSession struct{ backend *SMTPBackend }

func (s *smtpSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *smtpSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *smtpSession) Reset()                               {}
func (s *smtpSession) Logout() error                        { return nil }

func (s *smtpSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(io.LimitReader(r, maxBody))
	if err != nil {
		return err
	}
	receiver := ""
	if msg, err := mail.ReadMessage(bytes.NewReader(raw)); err == nil {
		receiver = msg.Header.Get("X-Opsmon-Receiver")
	}
	s.backend.Store.Add(Delivery{Kind: "email", Receiver: receiver, ReceivedAt: s.backend.Now(), Body: string(raw)})
	return nil
}

// NewSMTPServer listens on addr and records every mail into store.
func NewSMTPServer(addr string, store *Store, now func() time.Time) *smtp.Server {
	srv := smtp.NewServer(&SMTPBackend{Store: store, Now: now})
	srv.Addr = addr
	srv.Domain = "notification-sink"
	srv.AllowInsecureAuth = true
	srv.ReadTimeout = 30 * time.Second
	srv.WriteTimeout = 30 * time.Second
	srv.MaxMessageBytes = maxBody
	return srv
}
