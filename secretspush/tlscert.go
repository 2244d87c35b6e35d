package secretspush

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"slices"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Server certificates live a year and are renewed by the first push in their
// last month; the CA lives five years.
const (
	serverLife  = 365 * 24 * time.Hour
	renewBefore = 30 * 24 * time.Hour
	caLife      = 5 * 365 * 24 * time.Hour
)

// CA is the environment's certificate authority for web_tls, from the two
// secrets-file values (base64 of the PEM).
type CA struct {
	CertPEM []byte
	cert    *x509.Certificate
	key     *ecdsa.PrivateKey
}

// ParseCA decodes the CA from the secrets file's two values, naming the key
// that is wrong.
func ParseCA(certB64, keyB64 string) (CA, error) {
	bad := func(key string, err error) (CA, error) {
		return CA{}, fmt.Errorf("%s: %v; make the CA again with: scripts/opsmon.sh tls-ca", key, err)
	}
	certPEM, err := base64.StdEncoding.DecodeString(certB64)
	if err != nil {
		return bad(model.SecretTLSCACert, err)
	}
	block, _ := pem.Decode(certPEM)
	if block == nil || block.Type != "CERTIFICATE" {
		return bad(model.SecretTLSCACert, errors.New("not a PEM certificate"))
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil || !cert.IsCA {
		return bad(model.SecretTLSCACert, fmt.Errorf("not a CA certificate (%v)", err))
	}
	keyPEM, err := base64.StdEncoding.DecodeString(keyB64)
	if err != nil {
		return bad(model.SecretTLSCAKey, err)
	}
	kb, _ := pem.Decode(keyPEM)
	if kb == nil {
		return bad(model.SecretTLSCAKey, errors.New("not a PEM key"))
	}
	key, err := x509.ParseECPrivateKey(kb.Bytes)
	if err != nil {
		return bad(model.SecretTLSCAKey, err)
	}
	if pub, ok := cert.PublicKey.(*ecdsa.PublicKey); !ok || !pub.Equal(&key.PublicKey) {
		return bad(model.SecretTLSCAKey, errors.New("does not belong to "+model.SecretTLSCACert))
	}
	return CA{CertPEM: certPEM, cert: cert, key: key}, nil
}

// NewCA makes a CA for an environment: the two secrets-file values.
func NewCA(env string, now time.Time) (certB64, keyB64 string, err error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return "", "", err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial(), Subject: pkix.Name{CommonName: "opsmon " + env + " monitoring CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(caLife),
		IsCA: true, BasicConstraintsValid: true, MaxPathLenZero: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return "", "", err
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return "", "", err
	}
	enc := func(typ string, b []byte) string {
		return base64.StdEncoding.EncodeToString(pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: b}))
	}
	return enc("CERTIFICATE", der), enc("EC PRIVATE KEY", kder), nil
}

// serverCert is the certificate and key a server keeps: those it has while they
// chain to ca, name everything in names and have a month left (a new pair would
// restart the container at every push), else a new pair.
func serverCert(ca CA, names hostplan.TLSNames, haveCert, haveKey []byte, now time.Time) (certPEM, keyPEM []byte, err error) {
	if stillGood(ca, names, haveCert, haveKey, now) {
		return haveCert, haveKey, nil
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial(), Subject: pkix.Name{CommonName: names.DNS[0]},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(serverLife),
		DNSNames: names.DNS, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, ip := range names.IPs {
		tmpl.IPAddresses = append(tmpl.IPAddresses, net.ParseIP(ip))
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		return nil, nil, err
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, nil, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), nil
}

func stillGood(ca CA, names hostplan.TLSNames, certPEM, keyPEM []byte, now time.Time) bool {
	b, _ := pem.Decode(certPEM)
	kb, _ := pem.Decode(keyPEM)
	if b == nil || kb == nil {
		return false
	}
	cert, err := x509.ParseCertificate(b.Bytes)
	if err != nil || cert.CheckSignatureFrom(ca.cert) != nil || now.Add(renewBefore).After(cert.NotAfter) {
		return false
	}
	key, err := x509.ParseECPrivateKey(kb.Bytes)
	if pub, ok := cert.PublicKey.(*ecdsa.PublicKey); err != nil || !ok || !pub.Equal(&key.PublicKey) {
		return false
	}
	for _, n := range names.DNS {
		if !slices.Contains(cert.DNSNames, n) {
			return false
		}
	}
	for _, ip := range names.IPs {
		if !slices.ContainsFunc(cert.IPAddresses, func(have net.IP) bool { return have.Equal(net.ParseIP(ip)) }) {
			return false
		}
	}
	return true
}

func serial() *big.Int {
	n, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	return n
}
