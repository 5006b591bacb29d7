import pytest

from policygraph.graph.sectors import sector_of


@pytest.mark.parametrize(
    "name, kind, sector",
    [
        ("莆田市民政局", "government", "civil-affairs"),
        ("县卫生健康局", "government", "health"),
        ("市卫计委", "government", "health"),  # former name of health commissions
        ("市文广新局", "government", "culture-tourism"),  # former culture, radio, press bureau
        ("市规划委", "government", "natural-resources"),
        ("县住房城乡建设局", "government", "housing"),
        ("市人力资源社会保障局", "government", "hr-social-security"),
        ("市委组织部", "party", "party-organisation"),
        ("县纪委县监委", "party", "discipline"),
        ("团市委", "other", "youth"),
        ("各区(功能区)", "lower-government", "lower-government"),
        ("某某研究会", "other", "other"),
    ],
)
def test_sectors(name, kind, sector):
    assert sector_of(name, kind).endswith("/" + sector)
