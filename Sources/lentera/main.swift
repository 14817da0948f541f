import LenteraCLI

Lentera.start()
