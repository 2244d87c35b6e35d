package secretspush

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// fileMode is every secret file's mode: its owner, the container's user, reads it.
const fileMode = 0o600

// ownerOf parses a container user "uid:gid" (a bare uid means gid = uid).
func ownerOf(user string) (uid, gid int, err error) {
	u, g, hasGroup := strings.Cut(user, ":")
	if !hasGroup {
		g = u
	}
	uid, err1 := strconv.Atoi(u)
	gid, err2 := strconv.Atoi(g)
	if err1 != nil || err2 != nil || uid < 0 || gid < 0 {
		return 0, 0, fmt.Errorf("runs as user %q; a secrets owner must be a numeric uid:gid (set the component's User in the model)", user)
	}
	return uid, gid, nil
}

// archive is the tar stream docker cp extracts into the secrets volume: one file
// per secret, owned by uid:gid, mode 0600, with a fixed time so equal content
// gives an equal archive.
func archive(files map[string]string, uid, gid int) []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, name := range sortedNames(files) {
		body := files[name]
		_ = tw.WriteHeader(&tar.Header{Name: name, Mode: fileMode, Size: int64(len(body)), Uid: uid, Gid: gid,
			ModTime: time.Unix(0, 0), Typeflag: tar.TypeReg, Format: tar.FormatPAX})
		_, _ = io.WriteString(tw, body)
	}
	_ = tw.Close()
	return buf.Bytes()
}

// entry is one file read back from a secrets volume.
type entry struct {
	body     string
	mode     int64
	uid, gid int
}

// readArchive reads what `docker cp CONTAINER:DIR -` returns: DIR's own entry, then
// its files under DIR's base name.
func readArchive(r io.Reader) (map[string]entry, error) {
	out := map[string]entry{}
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		out[path.Base(h.Name)] = entry{body: string(b), mode: h.Mode & 0o7777, uid: h.Uid, gid: h.Gid}
	}
}

// changed lists the files whose content, mode or owner differ from what is there.
func changed(want map[string]string, uid, gid int, have map[string]entry) []string {
	var out []string
	for _, name := range sortedNames(want) {
		h, ok := have[name]
		if !ok || h.body != want[name] || h.mode != fileMode || h.uid != uid || h.gid != gid {
			out = append(out, name)
		}
	}
	return out
}

func sortedNames(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
