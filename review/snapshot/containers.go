package snapshot

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
)

// container lists the attributes of c whose change replaces it, one field each, so
// a review names what changed (an uploaded file by its path, an env var by name).
func container(c hostplan.Container) Container {
	f := map[string]string{
		"image":       c.Image,
		"command":     strings.Join(c.Command, " "),
		"user":        c.User,
		"read_only":   strconv.FormatBool(c.ReadOnly),
		"privileged":  strconv.FormatBool(c.Privileged),
		"healthcheck": strings.Join(c.Healthcheck, " "),
		"tmpfs":       strings.Join(c.Tmpfs, ","),
		"group_add":   c.GroupAddVariable,
	}
	for k, v := range c.Env {
		f["env "+k] = v
	}
	if m := c.Secrets; m != nil {
		f["secrets "+m.Dir] = m.Volume + " (" + strings.Join(m.Names, ", ") + ")"
	}
	for k, v := range c.Labels {
		f["label "+k] = v
	}
	for _, p := range c.Ports {
		f["port "+strconv.Itoa(p.Internal)] = p.HostIP + ":" + strconv.Itoa(p.External)
	}
	for _, b := range c.Binds {
		f["bind "+b.Target] = b.Source
	}
	for _, file := range c.Files {
		sum := sha256.Sum256([]byte(file.Content))
		f["file "+file.Path] = "sha256:" + hex.EncodeToString(sum[:6]) + " mode " + file.Mode
	}
	for _, v := range c.Volumes {
		f["volume "+v.Target] = v.Name
	}
	var vols []string
	for _, v := range c.Volumes {
		if v.Data {
			vols = append(vols, v.Name)
		}
	}
	sort.Strings(vols)
	return Container{Name: c.Name, Fields: f, Memory: c.MemoryMB, DataVolumes: vols}
}
