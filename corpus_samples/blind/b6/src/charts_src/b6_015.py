CHART = {
    "chart_id": "b6-015",
    "date_of_service": "2026-01-27",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Palmetto GBA JM)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 468, "modifiers": []},
        {"hcpcs": "J0256", "units": 42, "modifiers": ["JW"]}
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-09-09", "text": """
PIEDMONT LUNG CENTER - INFUSION THERAPY PLAN / STANDING ORDER
Patient: PRUITT, LORETTA JEAN   DOB: 03/03/1950   MRN: PLC-0092217
Order date: 09SEP25 1420 hrs       Ordering: Curtis Ambrose, MD
Diagnosis: E88.01 Alpha-1-antitrypsin deficiency; J43.1 panlobular emphysema

Therapy plan: ALPHA-1 AUGMENTATION - ZEMAIRA
  Drug: Zemaira (alpha1-proteinase inhibitor, human)
  Dose: 60 mg/kg x 78.0 kg (dosing wt 09SEP25) = 4,680 mg IV
  Frequency: every 7 days x 52 weeks (through 08SEP26)
  Rate: up to 0.08 mL/kg/min
  Pre-meds: none
  Labs: none routinely
  Nursing: weigh at every visit; notify MD if weight changes > 10%
           from dosing weight.
  Hypersensitivity protocol: diphenhydramine 50 mg IV, epinephrine
           0.3 mg IM PRN anaphylaxis, methylprednisolone 125 mg IV.

Signed: Curtis Ambrose, MD  09SEP25 1431 hrs
"""},
        {"id": "d2", "type": "progress_note", "date": "2026-01-20", "text": """
PIEDMONT LUNG CENTER                                   OFFICE VISIT
Date: 01/20/2026  1315 hrs    Provider: Curtis Ambrose, MD
Patient: Loretta Jean Pruitt   75 y/o F   MRN PLC-0092217

CC: 4-month follow-up alpha-1 / weight loss

HPI: 75 y/o with alpha-1 antitrypsin deficiency (ZZ phenotype, 2015) and
panlobular emphysema, on weekly Zemaira since 2016. Husband died 10/2025;
since then poor appetite, depressed mood, and unintentional weight loss.
Wt 61.2 kg today (was 78.0 kg on 09/09/2025). CT chest/abd/pelvis 12/2025
without malignancy; TSH normal. Breathing: stable on augmentation, no
exacerbations since 2024, no ED visits, tolerating Zemaira without
reactions. Former smoker (quit 1992, 20 pk-yr).

Vitals: BP 108/64  HR 88  RR 18  T 97.6  SpO2 93% RA  Wt 61.2 kg  BMI 22.5

Labs 01/20/2026: albumin 2.9 g/dL, prealbumin 11 mg/dL, Hgb 11.2.
PFT 11/2025: FEV1 47% predicted, FEV1/FVC 0.45.

A/P:
1. AATD with panlobular emphysema - clinically stable, responding to
   augmentation. Continue Zemaira per current therapy plan.
2. Unintentional weight loss / bereavement - referral to behavioral
   health and dietitian; mirtazapine 7.5 mg qHS started.
3. Anemia, mild - iron studies.
RTC 3 months.

Curtis Ambrose, MD   01/20/2026 1352 hrs
"""},
        {"id": "d3", "type": "infusion_record", "date": "2026-01-27", "text": """
PIEDMONT LUNG CENTER - INFUSION RECORD          DATE: 27JAN26
Patient: PRUITT, LORETTA J   MRN: PLC-0092217   Chair 5
Therapy plan: ZEMAIRA 4,680 MG IV Q7D (order 09SEP25)
RN: Monique Alston, RN

0930 hrs  Arrived. Wt 61.0 kg (standing scale).
0935 hrs  VS T 36.3 C  HR 86  BP 104/62  RR 18  SpO2 93% RA
0942 hrs  PIV 24 g R hand, +blood return.
0950 hrs  Reconstituted Zemaira 5 vials (labeled actual potency 1,020 mg
          per vial = 5,100 mg total), 20 mL SWFI each.
          Lot P100377402   Exp 09/30/2027
1005 hrs  Zemaira infusion started, 4,680 mg (91.8 mL) via pump,
          0.2 micron filter, 2.2 mL/min.
1020 hrs  HR 84 BP 106/64 SpO2 94%
1047 hrs  Zemaira infusion complete. 4,680 mg infused.
          Waste: 420 mg (8.2 mL) residual in vial 5 - discarded,
          single-dose vial.
1055 hrs  PIV removed, intact. HR 82 BP 108/66.
1105 hrs  Discharged with daughter.

Note: wt 61.0 kg today vs dosing weight 78.0 kg. Dose given per active
therapy plan.

Monique Alston, RN   27JAN26 1112 hrs
"""},
        {"id": "d4", "type": "lab_report", "date": "2026-01-20", "text": """
PLC LAB INTERFACE - RESULT DUMP  (pipe-delimited to key=value)
pt = PRUITT, LORETTA J ; mrn = PLC-0092217 ; sex = F ; dob = 1950-03-03

[2015-04-14 08:05]  ordered_by = AMBROSE, CURTIS
A1AT_QUANT = 0.36 g/L ; ref = 0.90-2.00 g/L ; flag = L ; method = nephelometry
A1AT_PHENOTYPE = ZZ ; ref = MM ; flag = A ; method = IEF
CRP = 1.1 mg/L ; ref = 0.0-5.0

[2026-01-20 13:40]  ordered_by = AMBROSE, CURTIS
ALBUMIN = 2.9 g/dL ; ref = 3.5-5.0 ; flag = L
PREALBUMIN = 11 mg/dL ; ref = 18-38 ; flag = L
HGB = 11.2 g/dL ; ref = 12.0-15.5 ; flag = L
TSH = 1.84 mIU/L ; ref = 0.40-4.50
CREATININE = 0.8 mg/dL ; ref = 0.5-1.0
"""},
    ],
}

GOLD = {
    "chart_id": "b6-015",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "conflict",
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
        {"kind": "serum_aat", "value": 0.36, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 47},
        {"kind": "weight", "value": 61.0, "unit": "kg", "value_kg": 61.0},
        {"kind": "weight", "value": 61.2, "unit": "kg", "value_kg": 61.2},
        {"kind": "weight", "value": 78.0, "unit": "kg", "value_kg": 78.0},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Zemaira"},
        {"kind": "dose", "value": 4680},
        {"kind": "wastage", "value": 420},
        {"kind": "lot_number", "value": "P100377402"},
        {"kind": "expiration_date", "value": "2027-09-30"},
        {"kind": "infusion_start", "value": "10:05"},
        {"kind": "infusion_end", "value": "10:47"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Standing order/therapy plan + office note + infusion record with 'hrs' military times and compact dates (27JAN26, "
        "09SEP25) + key = value lab dump (g/L). Gap: dose_matches_weight conflict: weight nearest DOS 61.0 kg (27JAN26); "
        "60 x 61.0 = 3660 mg; dose given 4680 mg -> +1020 mg = 27.9% > 10%. The dose was calculated on the 09/2025 weight "
        "78.0 kg (historical weight finding, as is 61.2 kg on 01/20). J0256 administered 468 = ceil(4680/10); JW 42 = "
        "floor(420/10) -> met. Traps: order '60 mg/kg x 78.0 kg = 4,680 mg' (calc; happens to equal the dose given), "
        "5 x 1,020 mg = 5,100 mg (vial contents), hypersensitivity protocol doses (diphenhydramine 50 mg, epinephrine 0.3 mg, "
        "methylprednisolone 125 mg), mirtazapine 7.5 mg, order time 1420 hrs, arrival 0930, VS 0935/1020, PIV 0942, "
        "reconstitution 0950, PIV out 1055, discharge 1105, albumin/prealbumin (not AAT), reference MM. "
        "[calc] dos_weight_kg=61.0"
    ),
}
