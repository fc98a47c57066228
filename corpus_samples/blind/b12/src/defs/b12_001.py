# b12-001  medicare  complete
# Style: time-column nursing flowsheet (fixed width, two visit dates on one print) + pulmonary
# follow-up note written in the infusion chair.  Zemaira, J0256 x 498 JZ.


def _row(label, vals, lw=27, cw=9):
    return (label.ljust(lw) + "".join(str(v).rjust(cw) for v in vals)).rstrip()


_T1 = ["0902", "0918", "0927", "0935", "0950", "1006"]
_T2 = ["0848", "0905", "0921", "0929", "0938", "0954", "1011"]

_flow = "\n".join([
    "ST. BRENDAN REGIONAL MEDICAL CENTER - OUTPATIENT INFUSION CENTER (OPIC 2 WEST)",
    "FLOWSHEET PRINT - INFUSION: BIOLOGIC / PLASMA-DERIVED          Printed 01/13/2026 11:02 by KMARSH",
    "Patient: VICK, HAROLD E        MRN 00418827    DOB 04/19/1954 (71 y)   Sex M",
    "Encounter: OP INFUSION  FIN 5512093318   Attending: Okonjo, Adaeze MD (Pulmonary)",
    "Allergies: Sulfa antibiotics (rash); Latex (itching)",
    "Date range printed: 01/06/2026 - 01/13/2026      Chair: 7",
    "=" * 96,
    _row("01/06/2026", _T1),
    " VITAL SIGNS",
    _row("  Temp (C)", ["36.6", "--", "--", "--", "36.7", "--"]),
    _row("  BP (mmHg)", ["138/82", "134/80", "131/78", "133/79", "136/80", "140/84"]),
    _row("  HR (bpm)", ["74", "76", "72", "73", "75", "73"]),
    _row("  RR (/min)", ["18", "18", "18", "16", "16", "16"]),
    _row("  SpO2 (%)", ["94", "94", "93", "94", "94", "94"]),
    " MEASUREMENTS",
    _row("  Weight (kg)", ["78.9", "--", "--", "--", "--", "--"]),
    " ALPHA-1 PI (ZEMAIRA) IV",
    _row("  Rate (mL/hr)", ["--", "375", "375", "0", "--", "--"]),
    _row("  Vol infused (mL)", ["--", "0", "56", "99.6", "--", "--"]),
    _row("  Infusion event", ["--", "Begin", "--", "Complete", "--", "--"]),
    " COMMENTS 01/06/2026",
    "  0918 Zemaira 4,982 mg/99.6 mL (kit vial 3,971 mg Lot P100442871 Exp 05/31/2027 +",
    "       1 g vial 1,011 mg Lot P100439905 Exp 04/30/2027). No waste. -- JPAREDES RN",
    "  1006 PIV removed, d/c home. -- JPAREDES RN",
    "-" * 96,
    _row("01/13/2026", _T2),
    " VITAL SIGNS",
    _row("  Temp (C)", ["36.7", "--", "--", "--", "36.8", "--", "36.7"]),
    _row("  BP (mmHg)", ["142/84", "138/80", "136/78", "134/79", "137/81", "135/80", "139/82"]),
    _row("  HR (bpm)", ["78", "76", "77", "79", "75", "74", "76"]),
    _row("  RR (/min)", ["18", "18", "18", "18", "18", "16", "16"]),
    _row("  SpO2 (%)", ["93", "94", "93", "94", "94", "94", "93"]),
    _row("  O2 device", ["RA", "RA", "RA", "RA", "RA", "RA", "RA"]),
    _row("  Pain (0-10)", ["0", "--", "--", "--", "0", "--", "0"]),
    " MEASUREMENTS",
    _row("  Weight (kg)", ["78.4", "--", "--", "--", "--", "--", "--"]),
    _row("  Weight method", ["Standing", "", "", "", "", "", ""]),
    " PRE-INFUSION SCREEN",
    _row("  Hold criteria met?", ["No", "", "", "", "", "", ""]),
    _row("  Abx/steroid past 7d", ["No", "", "", "", "", "", ""]),
    " IV ACCESS",
    _row("  PIV site", ["L FA", "--", "--", "--", "--", "--", "Removed"]),
    _row("  PIV gauge", ["22g", "", "", "", "", "", ""]),
    _row("  Site check", ["--", "WNL", "WNL", "WNL", "WNL", "WNL", "--"]),
    _row("  Blood return", ["--", "+", "--", "--", "+", "--", "--"]),
    " ALPHA-1 PI (ZEMAIRA) IV",
    _row("  Rate (mL/hr)", ["--", "--", "375", "375", "0", "--", "--"]),
    _row("  Vol infused (mL)", ["--", "--", "0", "49", "99.5", "--", "--"]),
    _row("  Infusion event", ["--", "--", "Begin", "--", "Complete", "--", "--"]),
    _row("  Dose/Volume", ["--", "--", "[a]", "--", "[b]", "--", "--"]),
    _row("  Rxn assessment", ["--", "--", "None", "None", "None", "None", "--"]),
    " NS 0.9% FLUSH",
    _row("  Volume (mL)", ["--", "10", "--", "--", "20", "--", "--"]),
    " EDUCATION",
    _row("  Topic", ["--", "--", "--", "--", "--", "AE s/s", "--"]),
    " COMMENTS 01/13/2026",
    "  [a] 0921 Zemaira (alpha1-proteinase inhibitor, human) 4,974 mg / 99.5 mL IV at 0.08 mL/kg/min.",
    "      Kit vial 3,962 mg  Lot P100458203  Exp 08/31/2027",
    "      1 g vial 1,012 mg  Lot P100455170  Exp 06/30/2027",
    "      Reconstituted 0858-0906 w/ Mix2Vial transfer sets; solution clear, colorless. -- KMARSH RN",
    "  [b] 0938 Infusion complete. Both vials administered in full - no drug wasted/discarded.",
    "      Line flushed w/ 20 mL NS. -- KMARSH RN",
    "  0954 Pt denies HA, chills, itching, chest tightness. Reviewed delayed reaction s/s. -- KMARSH RN",
    "  1011 PIV removed, catheter tip intact, 2x2 + tape. D/c ambulatory w/ spouse. -- KMARSH RN",
    "",
    "Legend: -- = not charted at this time; WNL = no redness, swelling, tenderness or leakage.",
    "END OF FLOWSHEET PRINT",
])

_note = """PULMONARY & CRITICAL CARE - OUTPATIENT FOLLOW-UP
St. Brendan Regional Medical Center
Date of service: 01/13/2026   Location: OPIC chair 7 (seen during scheduled infusion)
Patient: Harold E. Vick   DOB 04/19/1954   MRN 00418827
Provider: Adaeze Okonjo, MD

CHIEF COMPLAINT
Quarterly review of augmentation therapy; AATD-associated emphysema.

HISTORY OF PRESENT ILLNESS
Mr. Vick is a 71-year-old retired machinist with severe alpha-1 antitrypsin deficiency,
PI*ZZ, and lower-lobe predominant panlobular emphysema. He has been on weekly IV
augmentation since 06/2021: Prolastin-C until 10/2023, then Zemaira after the hospital
formulary change. Since starting augmentation he has had one moderate exacerbation
(02/2024, oral prednisone 40 mg x 5 days, no admission) and none in the past 12 months.
He walks about 25 minutes most mornings with one rest stop, which is unchanged from last
spring. mMRC 2. No hemoptysis, no chest pain, no ankle swelling. Appetite "fair"; he has
lost a little weight since summer and attributes it to his wife's illness and skipped meals.
Infusions are well tolerated: no headache, fever or rash with any dose this quarter.

PAST MEDICAL HISTORY
- Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), diagnosed 03/2021 after his daughter's
  screening prompted testing
- Panlobular emphysema (J43.1); COPD, GOLD 3 / group E by history
- Hypertension, hyperlipidemia
- Benign prostatic hyperplasia
- Left inguinal hernia repair 2016

MEDICATIONS
budesonide/glycopyrrolate/formoterol (Breztri) 2 puffs BID; albuterol HFA 2 puffs q4h PRN
(uses ~2x/week); lisinopril 10 mg daily; atorvastatin 20 mg nightly; tamsulosin 0.4 mg
nightly; vitamin D3 2,000 IU daily; Zemaira weekly (infusion center).

SOCIAL / FAMILY HISTORY
Former smoker, about 30 pack-years, quit 2009. No vaping. Drinks 1-2 beers on weekends.
Daughter (44) tested PI*MZ with AAT 88 mg/dL; she does not smoke. Brother died at 62 of
"emphysema", never tested. Wife has early Parkinson disease.

RESULTS REVIEWED
- Alpha-1 antitrypsin (pre-treatment, 03/2021, nephelometry): 31 mg/dL (ref 100-190 mg/dL)
- Phenotype (IEF) ZZ; SERPINA1 targeted genotyping: homozygous c.1096G>A (Z). No S allele.
- Trough AAT on augmentation 09/2025: 14.2 uM (drawn before the weekly dose)
- CT chest 04/2021: panlobular emphysema, basilar predominant; no nodules. Low-dose CT
  06/2025: emphysema unchanged, 4 mm RUL nodule stable since 2023.
- PFTs 11/2025 (post-bronchodilator): FEV1 1.21 L (41% predicted), FVC 2.98 L (74%),
  FEV1/FVC 0.41, DLCO 46% predicted. 11/2024: FEV1 1.24 L (42% predicted).
- IgA 188 mg/dL (2021).
- 6MWT 10/2025: 388 m, nadir SpO2 89% on room air (10/2024: 395 m, nadir 90%).

EXAM
Weight today 78.4 kg on the infusion-center scale (80.1 kg in 07/2025). BP 137/81,
HR 75, SpO2 94% RA. Thin man in no distress, speaking full sentences. Decreased breath
sounds at both bases, prolonged expiration, no wheeze, no crackles. No clubbing, no edema.
PIV left forearm clean.

ASSESSMENT
1. Alpha-1 antitrypsin deficiency, PI*ZZ, with panlobular emphysema, on augmentation.
   Clinically stable on therapy: no exacerbations in 12 months, FEV1 essentially flat
   (42% -> 41% predicted over a year), 6MWT stable. Tolerating Zemaira without reactions.
2. Weight loss of about 1.7 kg since July. Dose is re-rounded weekly by pharmacy to whole
   vials; today's calculated 60 mg/kg dose is 4,704 mg and the vial-rounded dispense sits
   within the +/-10% band. Not yet clinically significant, but monitor.
3. Stable 4 mm RUL nodule - no further dedicated follow-up needed per Fleischner.

PLAN
- Continue Zemaira 60 mg/kg IV once weekly. If his weight drops below about 74 kg, pharmacy
  will re-round to the 4 g kit alone; no change needed today.
- Repeat spirometry with DLCO 05/2026; AAT trough with next labs in 03/2026.
- Nutrition referral; add oral supplement BID.
- Influenza and RSV vaccines are up to date (10/2025); PCV20 given 2023.
- Pulmonary rehab maintenance class on Tuesdays - he declined for now (caregiver role).
- Return in 3 months, sooner if exacerbation.

Adaeze Okonjo, MD - Pulmonary & Critical Care
Electronically signed 01/13/2026 10:26
"""

CHART = {
    "chart_id": "b12-001",
    "date_of_service": "2026-01-13",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Novitas JL)"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 498, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-13", "text": _flow},
        {"id": "d2", "type": "progress_note", "date": "2026-01-13", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-001",
    "profile": "medicare",
    "requirements": {
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
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 31, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 14.2, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 41},
        {"kind": "fev1", "value": 42},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 78.4, "unit": "kg", "value_kg": 78.4},
        {"kind": "weight", "value": 78.9, "unit": "kg", "value_kg": 78.9},
        {"kind": "weight", "value": 80.1, "unit": "kg", "value_kg": 80.1},
        {"kind": "dose", "value": 4974},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100458203"},
        {"kind": "lot_number", "value": "P100455170"},
        {"kind": "expiration_date", "value": "2027-08-31"},
        {"kind": "expiration_date", "value": "2027-06-30"},
        {"kind": "infusion_start", "value": "09:21"},
        {"kind": "infusion_end", "value": "09:38"},
        {"kind": "response_to_therapy"},
        {"kind": "drug_product", "value": "Zemaira"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Complete. Time-column flowsheet printed over two visit dates: the 01/06 block (dose 4,982 mg, "
        "lots P100442871/P100439905, Begin 0918/Complete 0935) is an earlier visit and does not count for "
        "DOS items; its weight 78.9 kg is a historical weight (listed) but the DOS weight 78.4 kg decides. "
        "Start/stop come from the 'Infusion event' row columns 0921 (Begin) and 0938 (Complete); "
        "reconstitution 0858-0906, PIV removal 1011 are not infusion times. Dose 4,974 mg = sum of actual "
        "vial potencies; calculated 4,704 mg in the note is a calculation. Hypothetical 4 g kit rounding if "
        "weight < 74 kg is a plan. Daughter PI*MZ 88 mg/dL and brother's emphysema are family. On-therapy "
        "trough 14.2 uM is the patient's measured level (listed) but the pre-treatment 31 mg/dL is below "
        "threshold. Prolastin-C is a historical product (listed); J0256 covers both."
    ),
}

ARITH = {
    "dos": "2026-01-13",
    "profile": "medicare",
    "product": "Zemaira",
    "code": "J0256",
    "weight": {"value": 78.4, "unit": "kg", "kg": 78.4},
    "dose_mg": 4974,
    "target_mg": 4704.0,
    "deviation_pct": 5.74,
    "vials": [
        {"nominal_mg": 4000, "labeled_mg": 3962, "lot": "P100458203"},
        {"nominal_mg": 1000, "labeled_mg": 1012, "lot": "P100455170"},
    ],
    "waste_mg": 0,
    "admin_units_expected": 498,
    "billed_admin_units": 498,
    "jw_units_expected": None,
    "modifier_expectation": "JZ on the administered line (no waste documented as 0)",
    "lots": [
        {"lot": "P100458203", "exp": "2027-08-31", "expired": False},
        {"lot": "P100455170", "exp": "2027-06-30", "expired": False},
    ],
}
