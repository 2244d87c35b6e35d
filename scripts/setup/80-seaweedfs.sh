# SeaweedFS's weed: the S3-compatible server the e2e test keeps staging's state in
# (e2e/s3state_test.go). Only the tests run it, on 127.0.0.1.
step_hint_seaweedfs() { echo "about 4 min cold"; }
step_key_seaweedfs() { echo "$SEAWEEDFS_MODULE"; }
step_present_seaweedfs() { [ -x "$BIN/weed" ]; }
step_run_seaweedfs() {
  local dir; dir="$(module_dir "$SEAWEEDFS_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "-s -w" -o "$BIN/weed" ./weed)
}
