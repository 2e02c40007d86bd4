"""Adds or updates entries in a .resx file: python3 scripts/dev/resx.py FILE 'key=value' ...
Creates the file with the standard headers when it does not exist. Keys are the Vietnamese text, values the English."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""

def main(path, pairs):
    file = Path(path)
    if not file.exists():
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(HEADER, encoding="utf-8")
    tree = ET.parse(file)
    root = tree.getroot()
    existing = {d.get("name"): d for d in root.findall("data")}
    for pair in pairs:
        key, value = pair.split("=", 1)
        node = existing.get(key)
        if node is None:
            node = ET.SubElement(root, "data", {"name": key, "xml:space": "preserve"})
            ET.SubElement(node, "value")
            existing[key] = node
        node.find("value").text = value
    ET.indent(tree, space="  ")
    tree.write(file, encoding="utf-8", xml_declaration=True)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
