// Package constructs transcribes the plain-Go host plan into CDKTF resources of the
// docker provider. It makes no decisions of its own: those live in hostplan, where
// they are unit-tested without a jsii runtime.
package constructs
