package settings

import (
	"encoding/json"
	"testing"
)

func TestParseClock(t *testing.T) {
	tests := []struct {
		in   string
		want Clock
		ok   bool
	}{
		{"08:00", 480, true},
		{"8:05", 485, true},
		{"00:00", 0, true},
		{"23:59", 1439, true},
		{"24:00", 0, false},
		{"12:60", 0, false},
		{"-1:00", 0, false},
		{"0800", 0, false},
		{"8:5", 0, false},
		{"", 0, false},
		{"ab:cd", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseClock(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseClock(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestClockJSON(t *testing.T) {
	var v struct {
		At Clock `json:"at"`
	}
	if err := json.Unmarshal([]byte(`{"at":"07:45"}`), &v); err != nil {
		t.Fatal(err)
	}
	if v.At != ClockOf(7, 45) || v.At.Hour() != 7 || v.At.Minute() != 45 {
		t.Fatalf("got %v", v.At)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != `{"at":"07:45"}` {
		t.Fatalf("marshal = %s", out)
	}
	if err := json.Unmarshal([]byte(`{"at":"7.45"}`), &v); err == nil {
		t.Fatal("bad clock accepted")
	}
	if _, err := json.Marshal(struct{ C Clock }{Clock(24 * 60)}); err == nil {
		t.Fatal("out-of-range clock marshalled")
	}
}
