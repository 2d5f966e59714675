package notify

import (
	"encoding/xml"
	"strings"
	"testing"
)

// toastDoc is the part of the toast schema Spine Coach fills.
type toastDoc struct {
	XMLName        xml.Name `xml:"toast"`
	ActivationType string   `xml:"activationType,attr"`
	Launch         string   `xml:"launch,attr"`
	Duration       string   `xml:"duration,attr"`
	Image          struct {
		Src string `xml:"src,attr"`
	} `xml:"visual>binding>image"`
	Texts   []string `xml:"visual>binding>text"`
	Actions []struct {
		ActivationType string `xml:"activationType,attr"`
		Content        string `xml:"content,attr"`
		Arguments      string `xml:"arguments,attr"`
	} `xml:"actions>action"`
}

func parseToast(t *testing.T, n Notification) toastDoc {
	t.Helper()
	tn := toastOf("Spine Coach", `C:\Users\a\AppData\Roaming\fyne\io.github.spinecoach\icon.png`, `C:\Spine Coach\spinecoach.exe`, n)
	if tn.AppID != "Spine Coach" || tn.ActivationExe != `C:\Spine Coach\spinecoach.exe` {
		t.Fatalf("app id %q, activation exe %q", tn.AppID, tn.ActivationExe)
	}
	s, err := toastXML(tn)
	if err != nil {
		t.Fatal(err)
	}
	var doc toastDoc
	if err := xml.Unmarshal([]byte(s), &doc); err != nil {
		t.Fatalf("the toast is not well-formed XML: %v\n%s", err, s)
	}
	return doc
}

// TestToastPayload: the toast Windows gets says who it is from, shows the icon, and its click
// and buttons activate the app with the action keys the agent answers.
func TestToastPayload(t *testing.T) {
	doc := parseToast(t, Notification{
		Title: "Пора сделать упражнения для спины", Body: "Занятие 2 из 3 на сегодня, около 40 минут.",
		Actions: []Action{{ActionDefault, "Начать занятие сейчас"}, {"start", "Начать"}, {"snooze", "Через 15 минут"}, {"skip", `Skip "this" & <that>`}},
	})
	if doc.ActivationType != "foreground" || doc.Launch != "default" || doc.Duration != "short" {
		t.Fatalf("toast activation %q, launch %q, duration %q", doc.ActivationType, doc.Launch, doc.Duration)
	}
	if !strings.HasSuffix(doc.Image.Src, `\icon.png`) {
		t.Fatalf("icon %q", doc.Image.Src)
	}
	if len(doc.Texts) != 2 || strings.TrimSpace(doc.Texts[0]) != "Пора сделать упражнения для спины" || !strings.Contains(doc.Texts[1], "Занятие 2 из 3") {
		t.Fatalf("texts %q", doc.Texts)
	}
	want := [][3]string{{"foreground", "Начать", "start"}, {"foreground", "Через 15 минут", "snooze"}, {"foreground", `Skip "this" & <that>`, "skip"}}
	if len(doc.Actions) != len(want) {
		t.Fatalf("buttons %+v", doc.Actions)
	}
	for i, a := range doc.Actions {
		if got := [3]string{a.ActivationType, a.Content, a.Arguments}; got != want[i] {
			t.Errorf("button %d = %q, want %q", i, got, want[i])
		}
	}
}

func TestToastPlainAndResident(t *testing.T) {
	doc := parseToast(t, Notification{Title: "T", Body: "with buttons", PlainBody: "from the tray"})
	if len(doc.Actions) != 0 || doc.Launch != "" || strings.TrimSpace(doc.Texts[1]) != "from the tray" {
		t.Fatalf("plain toast %+v", doc)
	}
	doc = parseToast(t, Notification{Title: "T", Body: "B", Resident: true, Actions: []Action{{ActionDefault, "Open"}}})
	if doc.Duration != "long" {
		t.Fatalf("resident toast duration %q", doc.Duration)
	}
}

// TestToastActivation: the callback's arguments are the keys the agent answers; anything else
// (a protocol activation, an empty one) is not.
func TestToastActivation(t *testing.T) {
	for args, want := range map[string]bool{"default": true, "start": true, "snooze": true, "skip": true, "": false, "https://x": false, "ms-settings:notifications": false} {
		if key, ok := answerOf(args); ok != want || ok && key != args {
			t.Errorf("answerOf(%q) = %q, %v", args, key, ok)
		}
	}
}
