"""b24-005: medicaid, complete. Styles (4) physician note with parenthetical inline lists + (3)
Unicode-rich export (NBSP number–unit, arrows, ×, µg, ≈, en/em dashes, degree signs, smart quotes).
Office infusion suite; Zemaira 3,980 + 1,025 mg reconstituted, 4,800 mg given, 205 mg wasted,
J0256 480 JZ-less + JW 20."""

CHART_ID = "b24-005"
DOS = "2026-03-25"
PAYER = {"profile": "medicaid", "name": "Ohio Medicaid — CareSource"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 480, "modifiers": []},
    {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "99214", "units": 1, "modifiers": ["25"]},
]

D1 = """
BUCKEYE CHEST & CRITICAL CARE — Pulmonary Clinic / Infusion Suite
Progress Note · 03/25/2026 · Ezinne Adebayo‑Marsh, MD
Patient: OKONKWO, IFEOMA C. · DOB 06/03/1979 · MRN BCC‑004418

Visit (quarterly MD review on infusion day; pt in infusion chair 4).

History: 46 F with AATD (SERPINA1 Z/Q0bellingham, i.e. PI*Z(null) — dx 2020 after
pneumothorax), on weekly Zemaira since 09/2020. Feels “better than last winter.” Interval
events (none — no ED, no steroids, no antibiotics since 06/2025). Tobacco (never smoker;
no vaping; no second‑hand exposure at work). Family (mother deceased — cirrhosis, never tested;
son 19 y — PI*MZ, AAT 91 mg/dL — carrier).

Meds (Breo 200/25 1 inh daily · albuterol PRN ≈ 2×/mo · vitamin D3 50 µg daily ·
sertraline 50 mg · Zemaira 60 mg/kg IV weekly).

Vitals (T 36.6 °C, HR 81, BP 118/72, RR 16, SpO₂ 95 % RA, Wt 80.0\u00a0kg).
Wt trend (81.6 kg on 12/17/2025 → 80.0 kg today; intentional, walking program).
Exam (clear but diminished bases · no wheeze · no clubbing · no edema · no panniculitis).

Data:
  • PFTs 03/04/2026 (FEV₁ 1.95 L, 57 % pred · FVC 3.66 L · ratio 0.53 · DLCO 62 %)
  • 6MWT 03/04/2026 (412 m, nadir SpO₂ 90 %) — was 372 m in 03/2025
  • Baseline labs 2020 (AAT 14 mg/dL [ref 100–190] · IgA 244 mg/dL · LFTs normal)
  • CT 2024 (panlobular emphysema, basal; 1 small bulla RLL, unchanged)

Infusion today (Zemaira 4,800\u00a0mg IV — 4 g kit lot P100655210 exp 08/2027 + 1 g vial
lot P100651127 exp 05/2027 — start 10:05 → stop 10:24, 96 mL @ 6.4 mL/min, waste 205 mg →
JW; no reaction).

Assessment / Plan:
  1. Alpha‑1 antitrypsin deficiency, PI*Z(null), with panlobular emphysema (J43.1) and
     COPD (J44.9) — response to therapy (FEV₁ 1.98 → 1.95 L over 12 mo, 0 exacerbations
     since 06/2025, 6MWD ↑ 40 m). Continue Zemaira 60 mg/kg IV q7d.
  2. Prior auth active (PA # CS‑26‑0418873, 01/01–06/30/2026) — renewal packet due 05/2026.
  3. Next AAT trough with 06/2026 draw; hepatology US due 09/2026 (Z allele liver risk).
  4. Son counseled via patient — carrier only; avoid smoking.
Return: MD review 06/24/2026; infusions weekly as scheduled.

— E. Adebayo‑Marsh, MD · e‑signed 03/25/2026 12:10
"""

D2 = """
BUCKEYE CHEST & CRITICAL CARE · Infusion Flowsheet (export) · Pt: OKONKWO, IFEOMA C.
Product: Zemaira (alpha₁‑PI) · Order: 60 mg/kg IV weekly · Rate ≤ 0.08 mL/kg/min · 5 µm filter
Columns: Date | Wt | Calc dose | Reconstituted (label mg) | Given | Waste | Lot / Exp | Start–Stop | RN
──────────────────────────────────────────────────────────────────────────────────────────
03/11/26 | 80.4 kg | 4,824 mg | 3,980 + 1,025 = 5,005 mg | 4,820 mg | 185 mg | P100649902 (06/2027) + P100651127 (05/2027) | 09:52–10:11 | JT
03/18/26 | 80.2 kg | 4,812 mg | 3,976 + 1,025 = 5,001 mg | 4,810 mg | 191 mg | P100655208 (08/2027) + P100651127 (05/2027) | 10:10–10:29 | JT
03/25/26 | 80.0 kg | 4,800 mg | 3,980 + 1,025 = 5,005 mg | 4,800 mg | 205 mg | P100655210 (08/2027) + P100651127 (05/2027) | 10:05–10:24 | MK
04/01/26 | — | — | — | — | — | — | — | (scheduled)
──────────────────────────────────────────────────────────────────────────────────────────
03/25/26 nursing detail (M. Kowalski, RN):
  09:31 arrived · 09:40 VS T 36.6 °C BP 118/72 HR 81 SpO₂ 95 % · 09:46 PIV 24 G R hand
  09:55 kit + vial reconstituted (Mix2Vial), pooled; 4,800 mg = 96 mL drawn, 205 mg (≈ 4.1 mL)
        remaining in pooled bag discarded in RCRA bin, witnessed by J. Torres, RN
  10:05 infusion started · 10:15 VS stable, no flushing/urticaria · 10:24 infusion complete
  10:40 PIV out · 10:42 d/c to MD exam room
  Waste documented: 205 mg (single‑dose vials; no other patient use). Billing: JW line.
"""

D3 = """
ALPHA GENOMICS REFERENCE LABORATORY — MOLECULAR REPORT
Patient: Okonkwo, Ifeoma C.    DOB: 06/03/1979    Specimen: whole blood (EDTA)
Collected: 07/28/2020    Reported: 08/14/2020    Ordered by: E. Adebayo‑Marsh, MD
Test: SERPINA1 full gene sequencing + del/dup; serum AAT (immunoturbidimetric)

Serum alpha‑1 antitrypsin ........ 14 mg/dL   (reference 100–190 mg/dL)   LOW

Variants detected:
  1. c.1096G>A, p.(Glu366Lys) — PI*Z — heterozygous — Pathogenic
  2. c.721A>T, p.(Lys241*) — Q0bellingham (null allele) — heterozygous — Pathogenic
Phase: the two variants are on different chromosomes (in trans; parental testing not
required — confirmed by long‑read phasing).

RESULT: Compound heterozygous, PI*Z / PI*Q0bellingham (Z/null).
Interpretation: consistent with severe alpha‑1 antitrypsin deficiency. Null alleles produce no
detectable circulating AAT; IEF phenotyping would show only the Z band. A normal allele (M) was
not detected.
Signed: R. Halvorsen, PhD, FACMG · 08/14/2020
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-25", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-03-25", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2020-08-14", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha‑1 antitrypsin deficiency, PI*Z(null)"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d3", "_ev": "PI*Z / PI*Q0bellingham (Z/null)"},
    {"kind": "serum_aat", "value": 14, "unit": "mg/dL", "_doc": "d3", "_ev": "Serum alpha‑1 antitrypsin ........ 14 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "panlobular emphysema (J43.1)"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "COPD (J44.9)"},
    {"kind": "weight", "value": 80.0, "unit": "kg", "value_kg": 80.0, "_date": "2026-03-25", "_doc": "d1", "_ev": "Wt 80.0\u00a0kg"},
    {"kind": "weight", "value": 81.6, "unit": "kg", "value_kg": 81.6, "_date": "2025-12-17", "_doc": "d1", "_ev": "81.6 kg on 12/17/2025"},
    {"kind": "weight", "value": 80.2, "unit": "kg", "value_kg": 80.2, "_date": "2026-03-18", "_doc": "d2", "_ev": "03/18/26 | 80.2 kg"},
    {"kind": "weight", "value": 80.4, "unit": "kg", "value_kg": 80.4, "_date": "2026-03-11", "_doc": "d2", "_ev": "03/11/26 | 80.4 kg"},
    {"kind": "dose", "value": 4800, "_doc": "d1", "_ev": "Infusion today (Zemaira 4,800\u00a0mg IV"},
    {"kind": "wastage", "value": 205, "_doc": "d2", "_ev": "Waste documented: 205 mg"},
    {"kind": "lot_number", "value": "P100655210", "_doc": "d1", "_ev": "4 g kit lot P100655210"},
    {"kind": "lot_number", "value": "P100651127", "_doc": "d1", "_ev": "1 g vial\nlot P100651127"},
    {"kind": "expiration_date", "value": "2027-08", "_doc": "d1", "_ev": "lot P100655210 exp 08/2027"},
    {"kind": "expiration_date", "value": "2027-05", "_doc": "d1", "_ev": "lot P100651127 exp 05/2027"},
    {"kind": "infusion_start", "value": "10:05", "_doc": "d1", "_ev": "start 10:05"},
    {"kind": "infusion_end", "value": "10:24", "_doc": "d1", "_ev": "stop 10:24"},
    {"kind": "fev1", "value": 57, "_doc": "d1", "_ev": "FEV₁ 1.95 L, 57 % pred"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "response to therapy (FEV₁ 1.98 → 1.95 L over 12 mo, 0 exacerbations\n     since 06/2025, 6MWD ↑ 40 m)"},
    {"kind": "prior_authorization", "value": "CS‑26‑0418873", "_doc": "d1", "_ev": "PA # CS‑26‑0418873"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Tobacco (never smoker"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "Infusion today (Zemaira 4,800\u00a0mg IV"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-03-25",
    "weight": {"value": 80.0, "unit": "kg", "kg": 80.0, "date": "2026-03-25"},
    "dose_mg": 4800,
    "target_mg": 4800.0,
    "tolerance_mg": 480.0,
    "deviation_pct": 0.0,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 480,
    "units_billed": 480,
    "waste_mg": 205,
    "jw_units_expected": 20,
    "jw_units_billed": 20,
    "modifiers": [],
    "expirations": ["2027-08", "2027-05"],
    "expiration_ok": True,
}

NOTES = """
Complete. Parenthetical physician note on the infusion day: "Infusion today (Zemaira 4,800 mg IV
— kit lot/exp + vial lot/exp — start 10:05 → stop 10:24 ... waste 205 mg → JW)"; flowsheet DOS row
and nursing detail agree. 205 mg waste → JW floor(20.5) = 20; administered 480. The PA number
uses non-breaking hyphens (CS‑26‑0418873, value as written). Traps: flowsheet rows 03/11 and
03/18 (doses 4,820/4,810 mg, wastes 185/191 mg, lots P100649902/P100655208, times) and the 04/01
scheduled row; calc-dose column; label mg 3,980 + 1,025 = 5,005 mg; 96 mL @ 6.4 mL/min; ≈ 4.1 mL;
arrival/VS/PIV/reconstitution/PIV-out times; vitamin D3 50 µg, sertraline 50 mg, albuterol ≈ 2×/mo;
son PI*MZ 91 mg/dL; mother never tested; reference 100–190; IgA 244 mg/dL; 6MWT 412/372 m;
"heterozygous" variant lines inside a Z/null report add no M allele. Weights 80.4 (03/11),
80.2 (03/18), 81.6 (12/17/2025) listed; DOS 80.0 kg governs.
"""
