"""b24-014: commercial, gaps (lot_number missing, expiration_date missing). Styles (3) Unicode-rich
export + (4) physician note with parenthetical inline lists. Office infusion; Prolastin-C
4 × 1,000 mg = 4,000 mg, no waste; J0256 400 JZ. Genotype PI*SZ with a documented low level
(commercial: deficient pair)."""

CHART_ID = "b24-014"
DOS = "2026-03-12"
PAYER = {"profile": "commercial", "name": "Blue Cross Blue Shield of North Dakota"}
PRIOR_AUTH = "26-031177"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "99213", "units": 1, "modifiers": ["25"]},
]

D1 = """
PRAIRIE LUNG CLINIC · Fargo ND — Office Note (infusion day)
03/12/2026 · Mikael Sundquist, MD · Pt: REYES‑YAMAMOTO, KEIKO · DOB 08/21/1972 · MRN PLC‑31907

Why seen: quarterly MD check during weekly Prolastin‑C.

Interval (no exacerbations since 09/2024 · no antibiotics · no steroids · energy “about
80 % of normal,” better than last spring). Tobacco (ex‑smoker — 15 pk‑yr, quit 2014; husband
smokes outdoors only). Work (ICU nurse, 0.6 FTE).

Meds (Symbicort 160/4.5 2 puffs BID · montelukast 10 mg · cetirizine 10 mg pre‑infusion ·
vitamin B12 1,000 µg weekly · Prolastin‑C 60 mg/kg IV weekly).

Vitals (T 36.7 °C, HR 76, BP 122/78, SpO₂ 96 % RA, Wt 68.9\u00a0kg — down ½ kg since 12/2025).
Exam (scattered expiratory wheeze R base · no crackles · no edema).

Data:
  • Genotype (PI*SZ — 2022) and baseline AAT (9.6 µmol/L [ref 20–48]) → qualifies under plan
    policy (SZ with level < 11 µmol/L / < 80 mg/dL RID).
  • Trough on therapy (AAT 21.4 µmol/L — 01/2026, pre‑dose).
  • PFTs 02/2026 (FEV₁ 1.86 L, 61 % pred · FEV₁/FVC 0.58 · DLCO 71 %) vs 02/2025 (1.88 L).
  • CT 2022 (mild panlobular emphysema, lower lobes; bronchial wall thickening).

Infusion today (Prolastin‑C 4,000 mg — 4 × 1,000 mg vials — start 14:10 → stop 14:26,
no reaction; lot/exp: see infusion record).

A/P:
  1. AATD (PI*SZ) with emphysema — response to augmentation (FEV₁ −20 mL/yr, 0 exacerbations
     × 18 mo, energy ↑). Continue Prolastin‑C 60 mg/kg weekly (plan’s preferred product).
  2. Asthma overlap — Symbicort + montelukast; ACT 22.
  3. PA on file (BCBSND # 26-031177, valid 01/01–12/31/2026).
  4. Sister (PI*MS) and daughter (PI*MZ) — no therapy indicated; counseled.
RTC 3 mo; weekly infusions continue.

— M. Sundquist, MD · e‑signed 03/12/2026 16:02
"""

D2 = """
PRAIRIE LUNG CLINIC · INFUSION ROOM RECORD · 03/12/2026
Patient: REYES‑YAMAMOTO, KEIKO · MRN PLC‑31907 · Chair 2 · RN: Ingrid Halvorsen, RN
────────────────────────────────────────────────────────────────────
Pre‑check  13:32 arrived · 13:36 VS T 36.7 °C · BP 122/78 · HR 76 · SpO₂ 96 %
           Wt 68.9 kg → 60 mg/kg ≈ 4,134 mg → 4 vials (−3.2 %, within ±10 %)
           Hold criteria (T > 38.0 °C / active exacerbation / new abx) → none ✔
Premed     cetirizine 10 mg PO 13:40
Access     PIV 22 G L hand 13:48, + blood return
Product    Prolastin‑C (alpha₁‑PI, human) 1,000 mg vial × 4 — reconstituted 13:55
           Lot #: ***
           Exp: see carton
           NDC 13533‑0700‑xx
Dose       4,000 mg (80 mL) IV via 5 µm filter @ 5.5 mL/min (0.08 mL/kg/min)
Infusion   start 14:10 · stop 14:26
Waste      none — 4 vials used in full
Post       14:40 VS BP 118/74 · HR 72 · SpO₂ 96 % · no reaction
           14:52 PIV d/c · cath intact · 14:55 to MD visit
Next       03/19/2026 13:30 (Prolastin‑C 4,000 mg planned)
Last week  03/05/2026 4,000 mg · lot 11K22R07 · exp 07/31/2027 · 14:05 → 14:21
RN: I. Halvorsen, RN · 03/12/2026 15:01
"""

D3 = """
MAYO CLINIC LABORATORIES (via Sanford Reference) · FINAL
Patient: REYES-YAMAMOTO, KEIKO    DOB 08/21/1972    Collected 05/16/2022   Reported 05/27/2022
Ordering: M. Sundquist, MD

A1ALC  Alpha‑1‑Antitrypsin Proteotype S/Z, LC‑MS/MS
   AAT, quantitative ........ 9.6 µmol/L   (ref 20–48)   LOW
   Proteotype ............... SZ
   Interpretation: Both S and Z proteins detected, no M protein detected. Consistent with
   PI*SZ. The combination of SZ and a level below 11 µmol/L is associated with increased
   risk of emphysema, particularly with tobacco exposure.
Reflex SERPINA1 genotyping: S allele (c.863A>T) — 1 copy; Z allele (c.1096G>A) — 1 copy.
Comment: reference phenotype MM; typical SZ range 10–23 µmol/L.
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-12", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-03-12", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2022-05-27", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "AATD (PI*SZ) with emphysema"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d3", "_ev": "Proteotype ............... SZ"},
    {"kind": "serum_aat", "value": 9.6, "unit": "uM", "_doc": "d3", "_ev": "AAT, quantitative ........ 9.6 µmol/L"},
    {"kind": "serum_aat", "value": 21.4, "unit": "uM", "_doc": "d1", "_ev": "AAT 21.4 µmol/L — 01/2026, pre‑dose"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "mild panlobular emphysema, lower lobes"},
    {"kind": "weight", "value": 68.9, "unit": "kg", "value_kg": 68.9, "_date": "2026-03-12", "_doc": "d2", "_ev": "Wt 68.9 kg → 60 mg/kg"},
    {"kind": "dose", "value": 4000, "_doc": "d2", "_ev": "Dose       4,000 mg (80 mL) IV"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "Waste      none — 4 vials used in full"},
    {"kind": "infusion_start", "value": "14:10", "_doc": "d2", "_ev": "start 14:10"},
    {"kind": "infusion_end", "value": "14:26", "_doc": "d2", "_ev": "stop 14:26"},
    {"kind": "fev1", "value": 61, "_doc": "d1", "_ev": "FEV₁ 1.86 L, 61 % pred"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "response to augmentation (FEV₁ −20 mL/yr, 0 exacerbations\n     × 18 mo, energy ↑)"},
    {"kind": "prior_authorization", "value": "26-031177", "_doc": "d1", "_ev": "BCBSND # 26-031177"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Tobacco (ex‑smoker — 15 pk‑yr, quit 2014"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d2", "_ev": "Product    Prolastin‑C (alpha₁‑PI, human) 1,000 mg vial × 4"},
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
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-03-12",
    "weight": {"value": 68.9, "unit": "kg", "kg": 68.9, "date": "2026-03-12"},
    "dose_mg": 4000,
    "target_mg": 4134.0,
    "tolerance_mg": 413.4,
    "deviation_pct": -3.24,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 400,
    "units_billed": 400,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
Gaps: lot_number missing ("Lot #: ***" placeholder; the MD note defers "lot/exp: see infusion
record") and expiration_date missing ("Exp: see carton"). Commercial SZ: met because a level
below threshold is documented (9.6 µmol/L). Traps: last week's row (03/05: 4,000 mg, lot
11K22R07, exp 07/31/2027, 14:05 → 14:21) is another visit; NDC; arrival/VS/premed/PIV/
reconstitution/post-VS/PIV-out times; 60 mg/kg ≈ 4,134 mg calc; next 03/19 4,000 mg planned;
cetirizine 10 mg, montelukast 10 mg, vitamin B12 1,000 µg; plan-policy thresholds (< 11 µmol/L,
< 80 mg/dL RID); reference 20–48, "typical SZ range 10–23", reference phenotype MM; sister PI*MS,
daughter PI*MZ; husband smokes; "down ½ kg since 12/2025" (no value); on-therapy trough 21.4
µmol/L listed; asthma overlap. PA 26-031177 in the note equals the chart field.
"""
