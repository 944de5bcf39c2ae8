package agency

import (
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	file := os.Getenv("DUMP")
	if file == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(file)
	r := Default()
	ms := r.FindAll(string(b), &Options{Locality: ID(os.Getenv("LOC"))})
	for _, m := range ms {
		fmt.Printf("%-40q %-4v %-28s %s\n", m.Text, m.Title, m.ID, m.String())
	}
	fmt.Println(len(ms))
}
