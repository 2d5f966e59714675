package notify

import (
	"bytes"
	"html"
	"strings"

	toast "git.sr.ht/~jackmordaunt/go-toast"
	"git.sr.ht/~jackmordaunt/go-toast/tmpl"
)

// ToastGUID is the COM class Windows activates when a Spine Coach toast, or one of its buttons,
// is clicked. It is the app's own: go-toast's default is shared by every program that uses it,
// and the activator registered for it names one executable.
const ToastGUID = "{D4BCE2C1-F6B1-4639-A222-3495D944F892}"

// toastOf is the Windows toast for n: from appName (the name Windows shows on it and in the
// Action Center), with the icon, the click on the toast as ActionDefault and each other action
// as a button whose arguments are its key; all activate the running app ("foreground"), which
// gets them from go-toast's activation callback. A resident notification stays longer ("long").
func toastOf(appName, icon, exe string, n Notification) toast.Notification {
	t := toast.Notification{
		AppID: appName, Title: n.Title, Body: n.Body, Icon: icon, ActivationExe: exe,
		ActivationType: toast.Foreground, Duration: toast.Short, Audio: toast.Default,
	}
	if n.Resident {
		t.Duration = toast.Long
	}
	for _, a := range n.Actions {
		if a.Key == ActionDefault {
			t.ActivationArguments = a.Key
			continue
		}
		// go-toast's template puts the label in an XML attribute as it is.
		t.Actions = append(t.Actions, toast.Action{Type: toast.Foreground, Content: html.EscapeString(a.Label), Arguments: a.Key})
	}
	if len(t.Actions) == 0 && t.ActivationArguments == "" {
		body := n.Body
		if n.PlainBody != "" {
			body = n.PlainBody
		}
		t.Body = body
	}
	return t
}

// toastXML is the toast as Windows gets it (go-toast's own template).
func toastXML(t toast.Notification) (string, error) {
	var out bytes.Buffer
	err := tmpl.XMLTemplate.Execute(&out, t)
	return out.String(), err
}

// answerOf is the action key a toast's activation arguments carry: a key, not empty and not a
// URI (a protocol activation is not ours). The agent ignores keys it does not know.
func answerOf(args string) (string, bool) {
	return args, args != "" && !strings.Contains(args, ":")
}
