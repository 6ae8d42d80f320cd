"""A Python scorer a suite file can name as `eval_custom:two_or_more_products` (module:function)."""


def two_or_more_products(case, output) -> float:
    return float(len(output.get("products") or []) >= 2)
