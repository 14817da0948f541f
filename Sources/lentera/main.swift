import LenteraCLI

Lentera.main()
