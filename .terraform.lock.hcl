# This file is maintained automatically by "tofu init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/kreuzwerker/docker" {
  version     = "4.6.0"
  constraints = "4.6.0"
  hashes = [
    "h1:nsJQ/xUZwc88WekJWEQVg2/xMDLSAzvbY/4T7Wnflfk=",
  ]
}
