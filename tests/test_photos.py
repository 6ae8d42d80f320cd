"""The owner's own photos: checked on the way in (one-line errors naming the file), made upright, cropped,
stripped of EXIF/GPS and sized as WebP never wider than the source by the images stage, and shown by the
site stage as the hero plus a lazy gallery with srcset, width/height and alt text."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sklearn.datasets import load_sample_image

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.campaigns.intake import parse_campaign
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.photos import MAX_PHOTO_PIXELS, check_photo, check_photos, photo_cell
from tapsite_pipeline.pipeline import Runtime, generate_site, site_id_for
from tapsite_pipeline.stages.photo_sizes import WIDTHS

BRIEF = "Toko Kue Ani di Bandung jual nastar dan kastengel, warna pink, WA 081234567890"


def _photo(path: Path, w: int, h: int, fmt: str = "JPEG", orientation: int | None = None,
           gps: bool = False) -> Path:
    """A real photograph (scikit-learn's sample, 640×427) scaled to w×h, with EXIF as a phone writes it."""
    im = Image.fromarray(load_sample_image("china.jpg")).resize((w, h))
    ex = Image.Exif()
    if orientation:
        ex[0x0112] = orientation
    if gps:
        ex[0x8825] = {1: "S", 2: (6.0, 54.0, 0.0), 3: "E", 4: (107.0, 36.0, 0.0)}
    ex[0x010F] = "PhoneMaker"
    im.save(path, fmt, exif=ex.tobytes())
    return path


def _sizes(html: str) -> list[dict]:
    """Each <img>'s attributes (minified HTML: quoted or bare values)."""
    return [{k: a or b for k, a, b in re.findall(r'([a-z-]+)=(?:"([^"]*)"|([^\s>"]*))', tag)}
            for tag in re.findall(r"<img[^>]*>", html)]


@pytest.mark.parametrize("make, reason", [
    (lambda d: d / "missing.jpg", "no such file"),
    (lambda d: _photo(d / "tiny.jpg", 400, 300), "too small"),
    (lambda d: _photo(d / "anim.gif", 800, 600, "GIF"), "GIF images are not accepted"),
    (lambda d: (d / "notes.jpg").write_text("not a picture at all") and d / "notes.jpg", "not an image"),
])
def test_a_bad_photo_is_one_line_naming_the_file(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(InputError) as exc:
        check_photo(path)
    msg = str(exc.value)
    assert reason in msg and path.name in msg and "\n" not in msg


def test_a_truncated_photo_is_refused(tmp_path):
    good = _photo(tmp_path / "good.jpg", 800, 600).read_bytes()
    (tmp_path / "cut.jpg").write_bytes(good[: len(good) // 2])
    with pytest.raises(InputError, match="cut.jpg: the image is damaged"):
        check_photo(tmp_path / "cut.jpg")


def test_a_decompression_bomb_is_refused_before_its_pixels_are_decoded(tmp_path):
    # 9000×9000 = 81 MP of one colour compresses to a few KB: the header alone must refuse it
    Image.new("L", (9000, 9000)).save(tmp_path / "bomb.png", optimize=True)
    assert (tmp_path / "bomb.png").stat().st_size < 200_000
    with pytest.raises(InputError, match=f"bomb.png: more than {MAX_PHOTO_PIXELS // 1_000_000} megapixels"):
        check_photo(tmp_path / "bomb.png")
    Image.new("L", (7000, 6000)).save(tmp_path / "big.png", optimize=True)   # 42 MP: warned, not refused, by Pillow
    with pytest.raises(InputError, match="big.png: more than 40 megapixels"):
        check_photo(tmp_path / "big.png")


def test_a_file_over_15_mb_is_refused_unread(tmp_path):
    p = tmp_path / "huge.jpg"
    p.write_bytes(b"\xff\xd8" + b"\0" * 15_000_100)
    with pytest.raises(InputError, match=r"huge.jpg: 15.0 MB; the limit is 15 MB"):
        check_photo(p)


def test_more_than_six_photos_are_refused(tmp_path):
    p = _photo(tmp_path / "a.jpg", 800, 600)
    with pytest.raises(InputError, match="7 photos given; the limit is 6"):
        check_photos([p] * 7)


def test_photos_do_not_change_which_site_a_brief_is(tmp_path):
    plain = make_brief(BRIEF)
    with_photo = make_brief(BRIEF, photos=[str(_photo(tmp_path / "a.jpg", 800, 600))])
    assert with_photo.photos == [str((tmp_path / "a.jpg").resolve())]
    assert site_id_for(plain) == site_id_for(with_photo)


def test_the_page_shows_the_photos_upright_stripped_and_never_enlarged(tmp_path):
    hero = _photo(tmp_path / "hero.jpg", 2400, 1600, gps=True)
    # stored sideways with "rotate 90°" in EXIF, as phones do: 1200 wide on disk, 900 wide upright
    side = _photo(tmp_path / "side.jpg", 1200, 900, orientation=6, gps=True)
    small = _photo(tmp_path / "small.png", 400, 330, "PNG")
    rt = Runtime.local(tmp_path / "home")
    r = generate_site(make_brief(BRIEF, photos=[str(hero), str(side), str(small)]), rt)
    live = Path(r.deployment.index_path).parent
    html = (live / "index.html").read_text()
    assert "illustration" not in " ".join(i.provider for i in r.images)
    roles = [i.role for i in r.images]
    assert roles.count("hero") == 1 and roles.count("gallery") == 2

    by_name = {i.filename: i for i in r.images}
    for img in r.images:
        with Image.open(img.path) as im:
            assert im.format == "WEBP" and im.size == (img.width, img.height)
            assert not im.getexif() and "exif" not in im.info and "xmp" not in im.info
        src_w = {"hero": 2400, "gallery": None}.get(img.role)
        if img.copy_of:
            assert img.width < by_name[img.copy_of].width
        if src_w:
            assert img.width == max(WIDTHS["hero"])   # capped at the hero's widest, from a 2400 px photo
    side_asset = next(i for i in r.images if i.role == "gallery" and i.alt.endswith("(1 dari 2)"))
    assert side_asset.width == 720 and side_asset.height == 540   # upright 900×1200 → 4:3 crop → 720
    small_asset = next(i for i in r.images if i.role == "gallery" and i.alt.endswith("(2 dari 2)"))
    assert small_asset.width == 400                                # its own width, not 480 or 720
    assert not [i for i in r.images if i.copy_of == small_asset.filename]

    imgs = _sizes(html)
    assert len(imgs) == 3
    assert imgs[0]["fetchpriority"] == "high" and "loading" not in imgs[0]
    assert all(i["loading"] == "lazy" for i in imgs[1:])
    for i in imgs:
        assert i["width"] and i["height"] and i["alt"].startswith("Foto Toko")
        assert i["style"] == f"--w:{i['width']}px" and "photo" in i["class"]
        for cand in (i.get("srcset") or f"{i['src']} {i['width']}w").split(", "):
            name, w = cand.split()
            assert (live / name).exists()
            with Image.open(live / name) as im:
                assert f"{im.width}w" == w
    assert "--dpr" in html and 'id=gallery' in html
    # the gallery sits after the offerings
    assert html.index("id=gallery") > html.index("id=products")

    again = generate_site(make_brief(BRIEF, photos=[str(hero), str(side), str(small)]), rt)
    assert all(i.cached for i in again.images)   # by content hash: no second decode


def test_a_minimal_hero_puts_every_photo_in_the_gallery(tmp_path):
    from tapsite_pipeline.models import Intent
    from tapsite_pipeline.stages.photo_sizes import owner_photos
    intent = Intent(business_type="services", industry="consulting", brand_name="Konsul Jaya", language="en")
    paths = [str(_photo(tmp_path / f"{n}.jpg", 800, 600)) for n in "ab"]
    out = owner_photos(paths, intent, tmp_path / "cache", gallery_only=True)
    assert [i.role for i in out if not i.copy_of] == ["gallery", "gallery"]
    assert [i.alt for i in out if not i.copy_of] == ["Photo of Konsul Jaya (1 of 2)", "Photo of Konsul Jaya (2 of 2)"]


def test_a_campaign_row_with_a_bad_photo_is_a_row_error(tmp_path):
    _photo(tmp_path / "good.jpg", 800, 600)
    _photo(tmp_path / "tiny.jpg", 300, 200)
    csv = ("brief,photo\n"
           f"\"{BRIEF}\",good.jpg\n"
           "\"Bengkel Jaya Motor servis motor dan ganti oli di Bekasi, telp 081298765432\",good.jpg;tiny.jpg\n"
           "\"Sparkle Laundry in Denpasar offers wash and fold, WA 081377788899\",missing.jpg | good.jpg\n")
    parsed = parse_campaign(csv.encode(), "photos", base_dir=tmp_path)
    assert [r.row for r in parsed.rows] == [2]
    assert parsed.rows[0].brief.photos == [str((tmp_path / "good.jpg").resolve())]
    reasons = {e.row: e.reason for e in parsed.errors}
    assert "tiny.jpg" in reasons[3] and "too small" in reasons[3]
    assert "missing.jpg: no such file" in reasons[4]


def test_photo_cells_split_on_semicolons_and_bars(tmp_path):
    assert photo_cell(" a.jpg ; b.png|c.webp ", tmp_path) == [str(tmp_path / n) for n in ("a.jpg", "b.png", "c.webp")]
    assert photo_cell("", None) == []
    with pytest.raises(InputError, match="CSV's folder is unknown"):
        photo_cell("a.jpg", None)


def test_exif_orientation_is_applied_to_the_pixels(tmp_path):
    # a picture whose left half is red, stored rotated: after exif_transpose the red half must be on top
    arr = np.zeros((600, 800, 3), dtype="uint8")
    arr[:, :400] = (255, 0, 0)
    ex = Image.Exif()
    ex[0x0112] = 6   # "rotate 90° clockwise to view"
    Image.fromarray(arr).save(tmp_path / "r.jpg", exif=ex.tobytes())
    from tapsite_pipeline.models import Intent
    from tapsite_pipeline.stages.photo_sizes import owner_photos
    intent = Intent(business_type="retail", industry="shop", brand_name="Toko Merah", language="id")
    [hero, *_] = owner_photos([str(tmp_path / "r.jpg")], intent, tmp_path / "cache")
    with Image.open(hero.path) as im:
        rgb = np.asarray(im.convert("RGB")).astype(int)
    top, bottom = rgb[: rgb.shape[0] // 4].mean(axis=(0, 1)), rgb[-rgb.shape[0] // 4:].mean(axis=(0, 1))
    assert top[0] > 200 and bottom[0] < 60
