// Command leadlint shows, sentence by sentence, where writing directs and
// controls and where it empowers and sets a vision.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
