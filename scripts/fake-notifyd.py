#!/usr/bin/python3
"""scripts/fake-notifyd.py LOG [--no-actions] [--watcher]: a fake desktop for the agent's end-to-end test.

Owns org.freedesktop.Notifications on the session bus (Desktop Notifications Specification 1.2),
with the "actions" capability unless --no-actions, and writes one JSON line per call to LOG:
  {"call": "Notify", "id": 3, "pid": 1234, "app": ..., "replaces": 0, "summary": ..., "body": ...,
   "actions": [[key, label], ...], "resident": true, "timeout": 0}
  {"call": "CloseNotification", "id": 3, "pid": 1234}
A test presses a button, or clicks the notification ("default"), with
  dbus-send --session --dest=org.freedesktop.Notifications /org/freedesktop/Notifications \
      io.github.spinecoach.FakeDesktop.Invoke uint32:ID string:KEY
which emits ActionInvoked(ID, KEY), then NotificationClosed(ID, 2) unless it is resident, as a
desktop does. With --watcher it owns org.kde.StatusNotifierWatcher instead: a tray host that logs
{"call": "RegisterStatusNotifierItem", "item": ..., "pid": ...}.
It needs Debian's python3-dbus and python3-gi: run it with /usr/bin/python3.
"""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

IFACE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TEST = "io.github.spinecoach.FakeDesktop"


class Log:
    def __init__(self, path, bus):
        self.path, self.bus = path, bus

    def write(self, sender, **entry):
        entry["pid"] = int(self.bus.call_blocking("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                                  "GetConnectionUnixProcessID", "s", (sender,))) if sender else 0
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")


class Notifications(dbus.service.Object):
    def __init__(self, bus, log, actions):
        super().__init__(bus, PATH)
        self.log, self.actions, self.next_id, self.resident = log, actions, 1, {}

    @dbus.service.method(IFACE, out_signature="as")
    def GetCapabilities(self):
        caps = ["body", "persistence"]
        return caps + ["actions"] if self.actions else caps

    @dbus.service.method(IFACE, out_signature="ssss")
    def GetServerInformation(self):
        return ("fake-notifyd", "spinecoach", "1", "1.2")

    @dbus.service.method(IFACE, in_signature="susssasa{sv}i", out_signature="u", sender_keyword="sender")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout, sender=None):
        nid = int(replaces) if replaces else self.next_id
        if not replaces:
            self.next_id += 1
        pairs = [[str(actions[i]), str(actions[i + 1])] for i in range(0, len(actions) - 1, 2)]
        resident = bool(hints.get("resident", False))
        self.resident[nid] = resident
        self.log.write(sender, call="Notify", id=nid, app=str(app), replaces=int(replaces), icon=str(icon),
                       summary=str(summary), body=str(body), actions=pairs, resident=resident, timeout=int(timeout))
        return dbus.UInt32(nid)

    @dbus.service.method(IFACE, in_signature="u", sender_keyword="sender")
    def CloseNotification(self, nid, sender=None):
        self.log.write(sender, call="CloseNotification", id=int(nid))
        self.NotificationClosed(nid, dbus.UInt32(3))

    @dbus.service.signal(IFACE, signature="us")
    def ActionInvoked(self, nid, key):
        pass

    @dbus.service.signal(IFACE, signature="uu")
    def NotificationClosed(self, nid, reason):
        pass

    @dbus.service.method(TEST, in_signature="us")
    def Invoke(self, nid, key):
        self.ActionInvoked(nid, key)
        if not self.resident.get(int(nid), False):
            self.NotificationClosed(nid, dbus.UInt32(2))


class Watcher(dbus.service.Object):
    def __init__(self, bus, log):
        super().__init__(bus, "/StatusNotifierWatcher")
        self.log = log

    @dbus.service.method("org.kde.StatusNotifierWatcher", in_signature="s", sender_keyword="sender")
    def RegisterStatusNotifierItem(self, item, sender=None):
        self.log.write(sender, call="RegisterStatusNotifierItem", item=str(item))


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    log = Log(args[0], bus)
    if "--watcher" in args:
        name = dbus.service.BusName("org.kde.StatusNotifierWatcher", bus, do_not_queue=True)
        obj = Watcher(bus, log)
    else:
        name = dbus.service.BusName(IFACE, bus, do_not_queue=True)
        obj = Notifications(bus, log, "--no-actions" not in args)
    _ = (name, obj)  # kept alive while the loop runs
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
