# b22-010  medicaid  styles (1) box-drawn MAR export with wrapped cells + (4) inline prior values
# Gaps: prior_authorization missing (PA cell empty, renewal pending; referral # and Medicaid ID are not PA numbers),
#       units_match_dose conflict (J0256 x480 keyed from the 4,800 mg standing order; 4,760 mg given -> 476).
# Aralast NP, waste 240 mg -> JW 24 (correct). Serum level 66 mg/dL by RID (below the 80 mg/dL RID threshold).
from boxrender import box

CHART_ID = "b22-010"
DOS = "2025-09-16"
PAYER = {"profile": "medicaid", "name": "Prairie State Medicaid (fee-for-service)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 480, "modifiers": []},
    {"hcpcs": "J0256", "units": 24, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

_hdr = box([
    ["Patient", "CARRASCO, LUIS A", "DOS", "09/16/2025"],
    ["MRN", "20044917", "Payer", "Prairie State\nMedicaid (FFS)"],
    ["Medicaid ID", "771203348Q", "Prior auth\n#", ""],
    ["Referral #", "REF-25-0091377", "PA status", "renewal submitted\n08/29/2025 - no\ndetermination yet"],
    ["Ordering", "A. Venkataraman,\nMD (Pulm)", "Dx", "E88.01, J43.9"],
], [12, 17, 10, 18])

_mar = box([
    ["Item", "Documentation"],
    ["Drug", "Aralast NP (alpha1-proteinase\ninhibitor, human), IV"],
    ["Order", "60 mg/kg weekly; standing\norder 4,800 mg (07/08/2025)"],
    ["Weight\n(today)", "79.3 kg"],
    ["Dose\ncalculated", "60 x 79.3 = 4,758 mg ->\n4,760 mg (pharmacy)"],
    ["Dose given", "4,760 mg (238 mL)"],
    ["Vials", "1,000 mg x5, each in 50 mL\nSWFI"],
    ["Lot #", "LE23M0917 (x3)\nLE23M1102 (x2)"],
    ["Expiration", "2026-03-31 (LE23M0917)\n2026-05-31 (LE23M1102)"],
    ["Waste", "240 mg (12 mL), partial 5th\nvial; witnessed J. Ruiz, RN"],
    ["Infusion\nstart", "10:36"],
    ["Infusion\nstop", "11:31"],
    ["Charges", "J0256 x480; J0256-JW x24;\n96365 x1 (auto from order)"],
], [11, 30])

_vs = box([
    ["Time", "BP", "HR", "SpO2", "Comment"],
    ["10:12", "128/80", "84", "93 %", "pre; PIV 22g\nR AC 10:20"],
    ["11:00", "124/78", "82", "94 %", "no reaction"],
    ["11:40", "126/76", "80", "94 %", "PIV out 11:44"],
], [5, 6, 3, 5, 13])

D1 = "\n".join([
    "PRAIRIE REGIONAL HEALTH - INFUSION CLINIC",
    "MEDICATION ADMINISTRATION RECORD (PDF export, page 1 of 1)",
    _hdr,
    "",
    _mar,
    "",
    _vs,
    "Verified by: J. Ruiz, RN (second check, lot/exp/dose)     Primary RN: B. Lindahl, RN",
])

D2 = """
INFUSION NURSING NOTE                                   09/16/2025 11:52
CARRASCO, LUIS A   52 M   MRN 20044917
- Wt 79.3 kg (prev 80.6 kg 09/09)  Δ -1.3 kg ↓ -> pharmacy re-dosed: 4,760 mg (was 4,840 mg
  on 09/09)
- SpO2 93 % RA (prev 92 %) ↑   HR 84 (prev 88)   T 36.7   BP 128/80 (prev 132/84)
- Home peak flow 210 L/min this am (last wk 200)
- Reports two "bad weeks" in August, no ED; says the flare-ups are much less frequent than
  before he started the weekly infusions (was every 6-8 wk, now about every 4 months).
- Aralast NP infused 10:36-11:31 without reaction (prev wk 10:30-11:22).
- Lots LE23M0917 x3 / LE23M1102 x2 per MAR. Waste 240 mg, witnessed.
- PA: office says the renewal is still pending with Medicaid; infusion given per
  Dr. Venkataraman (continuity of therapy). Billing to follow up.
B. Lindahl, RN
"""

D3 = """
PULMONARY CLINIC - PRAIRIE REGIONAL HEALTH                          08/19/2025
Luis A. Carrasco   52 M        Amrita Venkataraman, MD

History: COPD diagnosed 2013 (age 40). AAT 66 mg/dL by radial immunodiffusion (2014,
outside lab); IEF phenotype ZZ (2014) - alpha-1 antitrypsin deficiency. SERPINA1 DNA
genotyping sent 07/2025, result pending. On Aralast NP weekly since 2015.
Former smoker, quit 2014 at diagnosis (20 pk-yr).
Family: sister PI*ZZ, died 2019 (cirrhosis); nephew PI*MZ.

Today: Wt 81.0 kg (prev 80.2 kg 05/20)   BP 130/82   SpO2 92% RA
Spirometry (post-BD):   08/2025  1.62 L (44 %)
                        02/2025  1.66 L (45 %)
                        08/2024  1.70 L (46 %)
  -> decline ~40 mL/yr on augmentation vs ~90 mL/yr before therapy; exacerbations
     2-3/yr (were 6-8/yr before 2015). Responding to augmentation.
CT 2024: panlobular emphysema, basal predominant, stable vs 2021.

A/P: 1) AATD (ZZ) with emphysema - continue Aralast NP 60 mg/kg weekly. Medicaid PA
renewal to be submitted by the office (current authorization ends 08/31/2025).
2) COPD - Trelegy, albuterol prn; rehab maintenance. 3) Await DNA genotype.
RTC 3 months.
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2025-09-16", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2025-09-16", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-08-19", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "IEF phenotype ZZ (2014) - alpha-1 antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "IEF phenotype ZZ (2014)"},
    {"kind": "serum_aat", "value": 66, "unit": "mg/dL", "_doc": "d3", "_ev": "AAT 66 mg/dL by radial immunodiffusion", "_method": "RID"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d3", "_ev": "COPD diagnosed 2013"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema, basal predominant"},
    {"kind": "weight", "value": 79.3, "unit": "kg", "value_kg": 79.3, "_doc": "d1", "_ev": "79.3 kg", "_date": "2025-09-16"},
    {"kind": "weight", "value": 80.6, "unit": "kg", "value_kg": 80.6, "_doc": "d2", "_ev": "prev 80.6 kg 09/09", "_date": "2025-09-09"},
    {"kind": "weight", "value": 81.0, "unit": "kg", "value_kg": 81.0, "_doc": "d3", "_ev": "Wt 81.0 kg", "_date": "2025-08-19"},
    {"kind": "weight", "value": 80.2, "unit": "kg", "value_kg": 80.2, "_doc": "d3", "_ev": "prev 80.2 kg 05/20", "_date": "2025-05-20"},
    {"kind": "dose", "value": 4760, "_doc": "d1", "_ev": "4,760 mg (238 mL)"},
    {"kind": "wastage", "value": 240, "_doc": "d1", "_ev": "240 mg (12 mL), partial 5th"},
    {"kind": "lot_number", "value": "LE23M0917", "_doc": "d1", "_ev": "LE23M0917 (x3)"},
    {"kind": "lot_number", "value": "LE23M1102", "_doc": "d1", "_ev": "LE23M1102 (x2)"},
    {"kind": "expiration_date", "value": "2026-03-31", "_doc": "d1", "_ev": "2026-03-31 (LE23M0917)"},
    {"kind": "expiration_date", "value": "2026-05-31", "_doc": "d1", "_ev": "2026-05-31 (LE23M1102)"},
    {"kind": "infusion_start", "value": "10:36", "_doc": "d2", "_ev": "infused 10:36-11:31"},
    {"kind": "infusion_end", "value": "11:31", "_doc": "d2", "_ev": "10:36-11:31 without reaction"},
    {"kind": "fev1", "value": 44, "_doc": "d3", "_ev": "1.62 L (44 %)"},
    {"kind": "fev1", "value": 45, "_doc": "d3", "_ev": "1.66 L (45 %)"},
    {"kind": "fev1", "value": 46, "_doc": "d3", "_ev": "1.70 L (46 %)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "the flare-ups are much less frequent than\n  before he started the weekly infusions"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, quit 2014"},
    {"kind": "drug_product", "value": "Aralast NP", "_doc": "d1", "_ev": "Aralast NP (alpha1-proteinase", "_dos": True},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "conflict", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "missing", "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 79.3, "weight_date": "2025-09-16",
    "dose_mg": 4760, "target_mg": 4758.0, "pct_diff": 0.0, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 476, "units_billed": 480,
    "vials_mg": [1000, 1000, 1000, 1000, 1000], "waste_mg": 240, "jw_expected": 24, "jw_billed": 24,
    "expirations": ["2026-03-31", "2026-05-31"], "expiration_ok": True,
}

TRAPS = [
    ("d1", "771203348Q", "Medicaid ID, not a PA"),
    ("d1", "REF-25-0091377", "referral number, not a PA"),
    ("d1", "order 4,800 mg (07/08/2025)", "standing order"),
    ("d1", "60 x 79.3 = 4,758 mg", "calculation"),
    ("d1", "J0256 x480; J0256-JW x24", "charges as keyed"),
    ("d1", "10:20", "PIV time"),
    ("d1", "11:44", "PIV out"),
    ("d2", "was 4,840 mg", "last week's dose"),
    ("d2", "prev wk 10:30-11:22", "last week's times"),
    ("d2", "210 L/min", "peak flow"),
    ("d3", "sister PI*ZZ", "relative"),
    ("d3", "nephew PI*MZ", "relative"),
    ("d3", "current authorization ends 08/31/2025", "no number"),
]

NOTES = """
Gaps: prior_authorization missing (Medicaid; the MAR's 'Prior auth #' cell, wrapped over two lines, is empty;
'PA status: renewal submitted ... no determination yet'; Medicaid ID 771203348Q and Referral # REF-25-0091377 are
not authorization numbers; no number in any note). units_match_dose conflict: J0256 x480 was auto-charged from
the 4,800 mg standing order, the dose given is 4,760 mg -> 476 units. JW 24 = floor(240/10) is right. Serum level
66 mg/dL by radial immunodiffusion: below the 80 mg/dL RID threshold (met; it would fail the 57 mg/dL
nephelometry threshold). IEF phenotype ZZ counts while the DNA genotype is pending. Inline prior values:
'Wt 79.3 kg (prev 80.6 kg 09/09) Δ -1.3 kg', 'was 4,840 mg', 'prev wk 10:30-11:22', FEV1 44/45/46 %.
"""
