"""Runs the DfE CIN census validator (PyPI csc-validator-be-cin, test-only) on one XML file.

Usage: python validate.py FILE.xml RULESET  (e.g. cin2022_23)
Prints one line per rule that fired (code, type, count, message) and exits 1 if any rule of type Error fired (Query rules are
reported, not failed).
"""
import importlib
import sys
import warnings
import xml.etree.ElementTree as ET

warnings.simplefilter("ignore")
from cin_validator import cin_validator  # noqa: E402


def main(path, ruleset):
    root = ET.parse(path).getroot()
    data_files = cin_validator.process_data(cin_validator.convert_data(root))
    registry = getattr(importlib.import_module(f"cin_validator.rules.{ruleset}"), "registry")
    issues = cin_validator.CinValidator(data_files, registry).full_issue_df
    errors = 0
    if len(issues):
        for code, group in issues.groupby("rule_code"):
            rule = registry[str(code)]
            kind = rule.rule_type.value
            print(f"{code}\t{kind}\t{group['child_id'].nunique()} children\t{rule.message}")
            if kind == "Error":
                errors += 1
    print(f"{len(issues)} issue rows; {errors} error rule(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
