"""b24-003: commercial, complete. Styles (5) standing-order sheet with hold parameters and the nursing
administration recorded beneath + (3) Unicode-rich export (bullets, arrows, ≈, ×, µ, dashes, smart
quotes, NBSP between number and unit, degree signs, ½). Glassia 4 × 1,046 mg = 4,184 mg,
J0257 419 JZ."""

CHART_ID = "b24-003"
DOS = "2026-01-22"
PAYER = {"profile": "commercial", "name": "Aetna Choice POS II"}
PRIOR_AUTH = "2207-55193"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 419, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
CASCADE VALLEY MEDICAL CENTER — OUTPATIENT INFUSION SERVICES
STANDING ORDERS: Alpha‑1 Proteinase Inhibitor (Human) — GLASSIA®
Patient: VÁSQUEZ‑ORTIZ, DANIELA M     MRN 6620418     DOB 03/02/1971     Allergies: NKDA
Effective 07/01/2025 – 06/30/2026 (renew q12 mo)    Precert: Aetna # 2207-55193 (07/2025–06/2026)
Diagnosis: E88.01 Alpha‑1‑antitrypsin deficiency · J43.1 Panlobular emphysema

 1. ☐→☑ Weigh patient at every visit; dose on actual body weight (kg).
 2. Administer Glassia 60 mg/kg IV once weekly via 5 µm in‑line filter, rate ≤ 0.2 mL/kg/min.
    Round to nearest whole vial when within ± 10 % of calculated dose.
 3. HOLD and call prescriber if ANY:
      • Temp > 38.0 °C
      • SBP < 90 or > 180 mmHg
      • SpO₂ < 88 % on usual O₂
      • Active exacerbation / on antibiotics or prednisone burst
      • Prior infusion reaction not yet reviewed by MD
 4. No routine premedication. PRN reaction:
      ▪ diphenhydramine 25 mg IV ×1 (pruritus / urticaria)
      ▪ epinephrine 0.3 mg IM ×1, may repeat in 5 min (anaphylaxis) → call rapid response
 5. Flush 0.9 % NaCl 10 mL pre/post. PIV may be removed 30 min after infusion.
 6. Labs: none routine. AAT trough yearly (draw pre‑infusion).

Ordered by: Priya Raghunathan, MD (Pulmonology)   signed 06/24/2025 15:10
Verified by: Colm Fitzgerald, PharmD              verified 06/25/2025 08:02
Noted by: A. Brennan, RN                          06/25/2025 09:15

═══════════════════════════ NURSING ADMINISTRATION RECORD ═══════════════════════════
Visit date 01/22/2026 — chair 6 — RN Aoife Brennan
08:58  Arrived, ID × 2 verified.
09:18  Hold‑parameter check → T 36.9 °C · BP 124/76 · HR 78 · SpO₂ 95 % RA ·
       no exacerbation, no antibiotics → PROCEED ✔
       Wt 70.8\u00a0kg (standing scale).  Calc: 60 mg/kg × 70.8 kg = 4,248 mg → ≈ 4 vials.
09:24  PIV 22 G L forearm, + blood return.
       Product: Glassia 1 g/50 mL × 4 — carton potency 1,046 mg/vial
         ▪ Lot LB25A0712 — exp 30-Nov-2026  (× 3)
         ▪ Lot LB25A0698 — exp 31-Oct-2026  (× 1)
09:34  Infusion start — Glassia 4,184\u00a0mg in 200 mL @ 14 mL/min (≈ 0.2 mL/kg/min)
09:41  T 36.8 °C · BP 120/74 · HR 80 — no flushing / pruritus
09:49  Infusion end — 200 mL infused; flushed 10 mL NS
       Dose given: 4,184\u00a0mg.   Waste: 0 mg (4 vials entered, all infused).
10:21  PIV d/c’d, catheter intact. Discharged ambulatory.
RN signature: Aoife Brennan, RN  01/22/2026 10:30      Co‑sign (2nd RN check): T. Mwangi, RN

Visit date 01/29/2026 — scheduled — [not yet documented]
"""

D2 = """
Cascade Valley Pulmonary Clinic — Progress Note
Date of service: 12/11/2025        Provider: Priya Raghunathan, MD
Patient: Daniela M. Vásquez‑Ortiz (DOB 03/02/1971)

S: 54‑year‑old woman with alpha‑1 antitrypsin deficiency on weekly Glassia since 03/2024.
   • “I can do my whole grocery run again” — no exacerbations since 03/2025.
   • Prolastin‑C trial (2023) stopped after 2 doses → flushing + chest tightness; no
     reactions since switching to Glassia.
   • Never smoker; husband quit 2010. No vaping.
   • Sister — PI*SZ, AAT 68 mg/dL — not on therapy (her pulmonologist following).

O: BP 118/70 · HR 76 · SpO₂ 95 % RA · Wt 71.4\u00a0kg (157 lb) · BMI 25.1
   Lungs: ↓ breath sounds bases, no wheeze. No clubbing.
   Spirometry (post‑BD): FEV₁ 1.61 L (52 % pred) · FVC 3.02 L (81 %) · ratio 0.53
   Prior (12/2024): FEV₁ 1.63 L.  Annual decline ≈ 20 mL — far below her pre‑Rx slope
   (↓ ≈ 90 mL/yr 2019–2023).
   CT 02/2024: panlobular emphysema, basal‑predominant; no bronchiectasis.

Labs (reference lab, 01/2023, pre‑augmentation):
   – A1AT 4.8\u00a0µmol/L (ref 20–48 µmol/L)
   – Phenotype (IEF): ZZ
   – IgA 210 mg/dL (normal) → OK for Glassia

A/P:
   1. AATD, PI*ZZ, with panlobular emphysema — doing well on augmentation: FEV₁ decline
      slowed to ≈ 20 mL/yr, 0 exacerbations in 9 months.  Continue Glassia 60 mg/kg IV
      weekly per standing orders (re‑signed 06/2025).
   2. Continue Breo 100/25 daily; albuterol PRN. Metoprolol 25 mg ½ tab BID for PACs.
   3. Flu + COVID boosters given 10/2025.
   RTC 6 mo with PFTs + annual AAT trough.

— Electronically signed by Priya Raghunathan, MD · 12/11/2025 16:48
"""

D3 = """
PACIFIC NORTHWEST REFERENCE LABS · FINAL REPORT
Patient: VASQUEZ-ORTIZ, DANIELA     DOB: 03/02/1971     Sex: F
Specimen: serum · Collected 01/09/2023 08:10 · Reported 01/16/2023 11:45
Ordering: Raghunathan, Priya MD

Alpha‑1‑Antitrypsin, quantitative (nephelometry)
   Result ........ 4.8 µmol/L      ↓ LOW
   Reference ..... 20–48 µmol/L
Alpha‑1‑Antitrypsin Phenotype (isoelectric focusing)
   Result ........ ZZ
   Reference ..... MM
   Comment: ZZ phenotype — severe deficiency allele pattern. Augmentation therapy can alter
   the IEF pattern; this specimen was obtained before any therapy.
C‑Reactive Protein .... 1.1 mg/L (ref < 5.0)
Immunoglobulin A ...... 210 mg/dL (ref 70–400)

Electronically verified · H. Sato, MLS(ASCP)CM · 01/16/2023 11:44
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-22", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2025-12-11", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2023-01-16", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 Alpha‑1‑antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Result ........ ZZ"},
    {"kind": "serum_aat", "value": 4.8, "unit": "uM", "_doc": "d3", "_ev": "Result ........ 4.8 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.1 Panlobular emphysema"},
    {"kind": "weight", "value": 70.8, "unit": "kg", "value_kg": 70.8, "_date": "2026-01-22", "_doc": "d1", "_ev": "Wt 70.8\u00a0kg (standing scale)"},
    {"kind": "weight", "value": 71.4, "unit": "kg", "value_kg": 71.4, "_date": "2025-12-11", "_doc": "d2", "_ev": "Wt 71.4\u00a0kg (157 lb)"},
    {"kind": "dose", "value": 4184, "_doc": "d1", "_ev": "Dose given: 4,184\u00a0mg."},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Waste: 0 mg (4 vials entered, all infused)"},
    {"kind": "lot_number", "value": "LB25A0712", "_doc": "d1", "_ev": "Lot LB25A0712"},
    {"kind": "lot_number", "value": "LB25A0698", "_doc": "d1", "_ev": "Lot LB25A0698"},
    {"kind": "expiration_date", "value": "2026-11-30", "_doc": "d1", "_ev": "Lot LB25A0712 — exp 30-Nov-2026"},
    {"kind": "expiration_date", "value": "2026-10-31", "_doc": "d1", "_ev": "Lot LB25A0698 — exp 31-Oct-2026"},
    {"kind": "infusion_start", "value": "09:34", "_doc": "d1", "_ev": "09:34  Infusion start"},
    {"kind": "infusion_end", "value": "09:49", "_doc": "d1", "_ev": "09:49  Infusion end"},
    {"kind": "fev1", "value": 52, "_doc": "d2", "_ev": "FEV₁ 1.61 L (52 % pred)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "doing well on augmentation: FEV₁ decline\n      slowed to ≈ 20 mL/yr, 0 exacerbations in 9 months"},
    {"kind": "prior_authorization", "value": "2207-55193", "_doc": "d1", "_ev": "Precert: Aetna # 2207-55193"},
    {"kind": "smoking_status", "value": "never", "_doc": "d2", "_ev": "Never smoker"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "Product: Glassia 1 g/50 mL × 4"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d2", "_ev": "Prolastin‑C trial (2023) stopped after 2 doses"},
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
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-01-22",
    "weight": {"value": 70.8, "unit": "kg", "kg": 70.8, "date": "2026-01-22"},
    "dose_mg": 4184,
    "target_mg": 4248.0,
    "tolerance_mg": 424.8,
    "deviation_pct": -1.51,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 419,
    "units_billed": 419,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2026-11-30", "2026-10-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. Standing orders with hold parameters; the DOS administration is recorded beneath:
Glassia 4 × 1,046 mg = 4,184 mg, 09:34-09:49, waste 0, J0257 419 JZ (ceil 418.4). Unicode: NBSP
between number and unit (70.8 kg, 4,184 mg, 4.8 µmol/L), non-breaking hyphens in names and
drug names (Alpha‑1, Prolastin‑C), ≈, ×, →, ↓, °C, SpO₂, FEV₁, ½ tab, smart quotes, box rule.
Traps: hold thresholds (38.0 °C, SBP 90/180, SpO₂ 88 %), ≤ 0.2 mL/kg/min, diphenhydramine 25 mg,
epinephrine 0.3 mg, order effective/sign/verify times, arrival 08:58, hold check 09:18, PIV 09:24
and d/c 10:21, vitals 09:41; calc 4,248 mg "≈ 4 vials"; carton potency 1,046 mg/vial; 01/29
scheduled row; sister PI*SZ 68 mg/dL; reference 20–48 µmol/L and phenotype reference MM; IgA
210 mg/dL; metoprolol ½ tab; FVC 81 % is not FEV1. Prolastin-C trial 2023 listed as a historical
product (J0257 still covers the DOS product; both readings agree). FEV1 52 % in range.
"""
