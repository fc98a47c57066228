"""b24-009: medicare, complete. Styles (5) office standing-order sheet with hold parameters and the
nursing administration recorded beneath + (3) Unicode-rich export (NBSP, →, ↑, ↓, ≈, ×, °, µ,
en/em dashes, smart quotes, ½). Weight in lb only (176 lb = 79.8 kg). Aralast NP 5 × 1,000 mg,
4,800 mg given, 200 mg wasted; J0256 480 + JW 20. Genotype PI*SZ (medicare: deficient pair)."""

CHART_ID = "b24-009"
DOS = "2026-02-19"
PAYER = {"profile": "medicare", "name": "Medicare Part B (NGS)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 480, "modifiers": []},
    {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "96366", "units": 1, "modifiers": []},
]

D1 = """
NORTH COUNTRY PULMONARY & SLEEP, PLLC · In‑Office Infusion
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
STANDING ORDER — ARALAST NP (alpha₁‑proteinase inhibitor, human)
Patient: BÉRUBÉ, LUCIEN J · DOB 10/14/1957 · Chart # NCP‑22871
Dx: E88.01 – Alpha‑1‑antitrypsin deficiency · J43.9 – Emphysema
Valid: 01/01/2026 → 12/31/2026

• Weigh each visit (lb, office scale); pharmacy converts to kg for dosing.
• Administer 60 mg/kg IV once weekly; infuse ≤ 0.08 mL/kg/min (≈ 6 mL/min) via 5 µm filter.
• Use 1,000 mg vials; partial‑vial remainder → waste log (single‑dose vials).
• Hold if temp > 38.0 °C · SBP < 90 · SpO₂ < 88 % RA · “sick” visit / new antibiotics → call MD.
• PRN: diphenhydramine 25 mg IV ×1; methylprednisolone 125 mg IV ×1; epinephrine 0.3 mg IM.
• Annual: IgA (done 01/2026: 198 mg/dL), CMP.

Ordering physician: Geneviève Tremblay, MD — signed 12/18/2025 ✔
Verified: Owen Maddox, RPh — 12/19/2025 ✔       Transcribed/noted: S. Leclerc, RN — 12/19/2025

━━━━━━━━━━━━━━━━━━━━━━━━ NURSING ADMINISTRATION (beneath order) ━━━━━━━━━━━━━━━━━━━━━━━━
02/12/2026 · RN S. Leclerc · Wt 177 lb · T 36.7 °C · hold: no · given 4,800 mg · lot LE25M118 ·
             10:02 → 10:43 · waste 200 mg · ✔ SL
02/19/2026 · RN S. Leclerc
   ▪ 09:12 arrived; ID ×2; “breathing about the same, maybe a little better”
   ▪ 09:15 Wt 176\u00a0lb (office scale) · T 36.8 °C · BP 134/82 · HR 77 · SpO₂ 94 % RA
   ▪ Hold parameters reviewed → none met ✔
   ▪ Pharmacy calc: 176 lb ÷ 2.2046 = 79.8 kg × 60 mg/kg = 4,788 mg → dose 4,800 mg
   ▪ 09:31 PIV 22 G L forearm, ½‑inch Tegaderm
   ▪ Vials: Aralast NP 1,000 mg × 5 · lot LE25M211 · exp 04/30/2027
   ▪ 09:47 reconstitution complete (Mix2Vial, 50 mL SWFI each)
   ▪ 09:58 infusion start — 4,800\u00a0mg (240 mL) @ 6 mL/min
   ▪ 10:20 T 36.8 °C · BP 130/80 · HR 75 — no flushing, no pruritus
   ▪ 10:39 infusion stop — 240 mL in · NS flush 10 mL
   ▪ Waste: 200\u00a0mg (10 mL of 5th vial) → waste log, witness D. Ouellet, MA
   ▪ 10:52 PIV out, site ✔ · 10:55 discharged ambulatory
   RN signature: Sophie Leclerc, RN — 02/19/2026 11:03
02/26/2026 · — scheduled —
"""

D2 = """
North Country Pulmonary & Sleep — Follow‑up Note
Date: 01/08/2026 · Provider: Geneviève Tremblay, MD
Patient: Lucien J. Bérubé · 68 M

HPI
  • AATD, PI*SZ (2019), baseline AAT 9.1 µmol/L — on weekly Aralast NP since 11/2019.
  • Exacerbations ↓ from 3/yr (2017–2019) → 1/yr since therapy; none since 04/2025.
  • Ex‑smoker — 40 pk‑yr, quit 2001. Works as a part‑time school bus mechanic (fumes ↓ with
    new respirator).
  • Son (PI*MS, AAT 112 mg/dL) — reassured; daughter PI*MM.

Vitals: T 36.6 °C · BP 138/84 · HR 80 · SpO₂ 94 % RA · Wt 177 lb

Studies
  – Spirometry 01/08/2026: FEV₁ 1.72 L (54 % pred) · FVC 3.95 L · FEV₁/FVC 0.44
  – 01/2025: FEV₁ 1.75 L → decline ≈ 30 mL/yr (pre‑therapy ≈ 95 mL/yr)
  – CT 2024: centrilobular + panlobular emphysema, lower > upper; 4 mm RUL nodule stable

Assessment & Plan
  1. Alpha‑1 antitrypsin deficiency (PI*SZ) with emphysema — responding to augmentation
     (exacerbations ↓, FEV₁ decline slowed to ≈ 30 mL/yr). Continue Aralast NP 60 mg/kg
     weekly; standing order renewed for 2026.
  2. Inhalers — Breztri 2 puffs BID; albuterol PRN (≈ 1×/wk).
  3. Lung nodule — no further imaging.
  4. Medicare Part B — no prior authorization needed; ABN not required.

— Signed electronically · G. Tremblay, MD · 01/08/2026 17:14
"""

D3 = """
ADIRONDACK REGIONAL LABORATORY · Final Report
Patient: BERUBE, LUCIEN J   DOB: 10/14/1957   Collected: 09/23/2019 08:30   Reported: 10/02/2019
Ordering: G. Tremblay, MD

Alpha‑1‑Antitrypsin, Serum ........ 9.1 µmol/L    L    (ref 20–48 µmol/L)
Alpha‑1‑Antitrypsin Genotype (S, Z) — allele‑specific PCR
    S allele (c.863A>T) ........... DETECTED (1 copy)
    Z allele (c.1096G>A) .......... DETECTED (1 copy)
    Genotype ...................... PI*SZ
Interpretation: compound heterozygote S/Z. Serum level is in the range associated with
increased emphysema risk (< 11 µmol/L). Null and rare variants are not detected by this assay.
CRP ............................... 0.8 mg/dL   (ref < 1.0)
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-19", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-01-08", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2019-10-02", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 – Alpha‑1‑antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d3", "_ev": "Genotype ...................... PI*SZ"},
    {"kind": "serum_aat", "value": 9.1, "unit": "uM", "_doc": "d3", "_ev": "Alpha‑1‑Antitrypsin, Serum ........ 9.1 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.9 – Emphysema"},
    {"kind": "weight", "value": 176, "unit": "lb", "value_kg": 79.8, "_date": "2026-02-19", "_doc": "d1", "_ev": "09:15 Wt 176\u00a0lb (office scale)"},
    {"kind": "weight", "value": 177, "unit": "lb", "value_kg": 80.3, "_date": "2026-02-12", "_doc": "d1", "_ev": "02/12/2026 · RN S. Leclerc · Wt 177 lb"},
    {"kind": "dose", "value": 4800, "_doc": "d1", "_ev": "09:58 infusion start — 4,800\u00a0mg (240 mL)"},
    {"kind": "wastage", "value": 200, "_doc": "d1", "_ev": "Waste: 200\u00a0mg (10 mL of 5th vial)"},
    {"kind": "lot_number", "value": "LE25M211", "_doc": "d1", "_ev": "lot LE25M211 · exp 04/30/2027"},
    {"kind": "expiration_date", "value": "2027-04-30", "_doc": "d1", "_ev": "lot LE25M211 · exp 04/30/2027"},
    {"kind": "infusion_start", "value": "09:58", "_doc": "d1", "_ev": "09:58 infusion start"},
    {"kind": "infusion_end", "value": "10:39", "_doc": "d1", "_ev": "10:39 infusion stop"},
    {"kind": "fev1", "value": 54, "_doc": "d2", "_ev": "FEV₁ 1.72 L (54 % pred)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "responding to augmentation\n     (exacerbations ↓, FEV₁ decline slowed to ≈ 30 mL/yr)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Ex‑smoker — 40 pk‑yr, quit 2001"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "Vials: Aralast NP 1,000 mg × 5"},
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
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-02-19",
    "weight": {"value": 176, "unit": "lb", "kg": 79.8, "date": "2026-02-19"},
    "dose_mg": 4800,
    "target_mg": 4788.0,
    "tolerance_mg": 478.8,
    "deviation_pct": 0.25,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 480,
    "units_billed": 480,
    "waste_mg": 200,
    "jw_units_expected": 20,
    "jw_units_billed": 20,
    "modifiers": [],
    "expirations": ["2027-04-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. Standing order with hold parameters, signed/verified lines, nursing administration
beneath as ▪ one-liners: 02/19 block = DOS (4,800 mg, lot LE25M211 exp 04/30/2027, 09:58 → 10:39,
waste 200 mg → JW 20, administered 480). Weight on the DOS written only in lb (176 lb → 79.8 kg);
the pharmacy's 176 ÷ 2.2046 = 79.8 kg × 60 = 4,788 mg line is a calculation. PI*SZ on a medicare
profile is a deficient pair (9.1 µmol/L also below threshold). Traps: the 02/12 row (4,800 mg, lot
LE25M118, 10:02 → 10:43, waste 200 mg — another visit; its 177 lb is listed as a weight), 02/26
scheduled; hold thresholds; diphenhydramine 25 mg, methylprednisolone 125 mg, epinephrine 0.3 mg;
IgA 198 mg/dL; arrival/VS/PIV/reconstitution/discharge times; ½-inch Tegaderm; son PI*MS 112
mg/dL, daughter PI*MM; reference 20–48 and "< 11 µmol/L" comment; CRP; "breathing about the same"
in the RN note is the patient's remark in an infusion record (response is in the MD note).
"""
