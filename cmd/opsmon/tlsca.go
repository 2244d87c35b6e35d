package main

import (
	"flag"
	"fmt"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/secretspush"
)

// tlsCACmd makes an environment's CA for web_tls and prints it as the two
// secrets-file lines to append (mode 0600 file; the key signs each server's
// certificate at the push and is never written to a host).
func tlsCACmd(args []string) error {
	fs := flag.NewFlagSet("tls-ca", flag.ExitOnError)
	envName := fs.String("env", "local", "environment the CA is for (its name is in the certificate)")
	_ = fs.Parse(args)
	cert, key, err := secretspush.NewCA(*envName, time.Now())
	if err != nil {
		return err
	}
	fmt.Printf("%s=%s\n%s=%s\n", model.SecretTLSCACert, cert, model.SecretTLSCAKey, key)
	return nil
}
