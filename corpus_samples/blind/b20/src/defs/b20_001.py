"""b20-001: medicare, complete. Styles (1) DAR focus-charting nursing note + (2) charting-by-exception
infusion flowsheet, with an older pulmonology progress note. Zemaira, J0256 JZ."""

CHART_ID = "b20-001"
DOS = "2025-11-18"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Novitas JL)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 433, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
NURSING NOTE - FOCUS CHARTING (DAR)
Pt: HOLLOWAY, JUNE M      MRN 00483392      DOB 03/09/1958 (67 y)
Location: Riverside Infusion Center, Chair 6      Enc date: 11/18/2025
Author: Priya Natarajan, RN      Filed: 11/18/2025 10:07

FOCUS: Alpha-1 antitrypsin deficiency - weekly augmentation (Zemaira)
D:  Arrived ambulatory 0848 w/ husband. Reports "breathing's been the same, no
    flares since the summer." Denies fever, chills, new cough or sputum change.
    Last infusion 11/11 (Tue) tolerated w/o issue. Wt on chair scale 72.6 kg
    (160 lb 1 oz); was 73.0 kg last wk. VS 0858: T 36.7, HR 78, BP 128/74,
    RR 18, SpO2 94% RA. Lung sounds diminished bilat bases, no wheeze -
    baseline per flowsheet. Allergies: sulfa (rash). IgA 212 mg/dL (2023), not
    IgA deficient.
A:  Order verified: Zemaira 60 mg/kg IV q week; pharmacy calc 4,356 mg,
    dispensed 4 single-use vials (actual potency on cartons 1,046 / 1,092 /
    1,108 / 1,084 mg). Reconstituted by pharmacy 0840 w/ supplied SWFI diluent.
    PIV 22g L forearm placed 0902 (1 attempt), flushed 10 mL NS, + blood return.
    Zemaira infusion started 0912 through 5 micron filter at 0.08 mL/kg/min
    (~5.8 mL/min). Product scanned: Zemaira lot P100512847 (3 vials)
    exp 03/31/2027; lot P100498105 (1 vial) exp 12/31/2026.
    SWFI diluent lot 24K0913 exp 01/2027 (diluent only, not the drug).
R:  Infusion completed 0931. All 4 vials infused in full - total Zemaira
    given 4,330 mg; nothing discarded. Post VS 0935 T 36.8, HR 80,
    BP 131/76, SpO2 95%. No flushing, urticaria, chest tightness or dyspnea.
    PIV d/c'd 0940, catheter intact. Pt states she continues to "feel steady"
    on weekly infusions; no exacerbations or ED visits this year, walking
    20 min/day. Tolerating augmentation well. D/C home 0952 w/ husband.
    Next appt 11/25/2025 0900.

FOCUS: Knowledge deficit - vaccine timing
D:  Pt asks whether RSV vaccine can be given same day as infusion.
A:  Reviewed w/ Dr. Okafor via secure chat 0925: ok to give at PCP, no
    interaction with A1PI.
R:  Pt verbalized understanding; will schedule with PCP (not given here).

Electronically signed by Priya Natarajan, RN 11/18/2025 10:07
"""

D2 = """
RIVERSIDE INFUSION CENTER - INFUSION FLOWSHEET (Charting by Exception)
Patient: HOLLOWAY, JUNE M    MRN: 00483392    Date: 11/18/2025    Chair: 6
Key: WDL = within defined limits per unit standard IC-NS-014 (legend below).
Only exceptions are written out; blank cell = not assessed at that time.

Row                            Units    0858     0912     0920     0931     0945
-------------------------------------------------------------------------------
Weight (chair scale)           kg       72.6
Temp (oral)                    deg C    36.7                       36.8
Heart rate                     bpm      78       76       79       80
Blood pressure                 mmHg     128/74   126/72            131/76
Resp rate                      /min     18                         18
SpO2                           %        94 RA    94       95       95
Neuro / LOC                             WDL                        WDL
Cardiovascular                          WDL                        WDL
Respiratory                             EXC: diminished bases bilat (baseline),
                                        no wheeze, no accessory muscle use
Integumentary                           WDL      WDL      WDL      WDL
Pain                           0-10     0                          0
PIV L FA 22g                            WDL      WDL      WDL      WDL      see evt
Infusion reaction screen                         WDL      WDL      WDL
Zemaira rate                   mL/min            5.8      5.8      --
Zemaira vol infused (cum)      mL                0        46       86.6
NS flush                       mL       10                         10
Fall risk (MFS)                score    15                                  15
-------------------------------------------------------------------------------
Events (time / entry / initials)
0848  Arrived, ID x2 verified, allergies reviewed                     PN
0902  PIV placed L FA 22g x1 attempt, blood return +                  PN
0912  Zemaira infusion start (5 micron filter)                        PN
0931  Zemaira infusion stop; line flushed NS 10 mL                    PN
0940  PIV removed, tip intact, pressure held 2 min, WDL               PN
0952  Discharged ambulatory with spouse, AVS given                    PN

Legend (IC-NS-014 defined limits): Temp 36.0-38.0 C; HR 60-100; SBP 90-160;
DBP 50-95; RR 12-22; SpO2 >= 92% RA or documented baseline; IV site: no
redness, swelling, pain, leakage; infusion reaction screen: no rash, pruritus,
flushing, wheeze, chest tightness, hypotension. Any finding outside = EXC.
Charted by: PN = Priya Natarajan, RN
"""

D3 = """
PULMONARY CLINIC - PROGRESS NOTE
Date of visit: 08/12/2025          Provider: Adaeze Okafor, MD
Patient: June M Holloway, 67 y.o. female          MRN 00483392

CC: AATD follow-up, on augmentation therapy.

HPI: 67 yo F with alpha-1 antitrypsin deficiency (PI*ZZ) and panlobular
emphysema, on weekly Zemaira since 04/2023 (Prolastin-C 2019-2023, switched
when her plan changed). Former smoker, 22 pack-years, quit 2009. One
exacerbation 06/2024 treated with prednisone 40 mg x 5 days and doxycycline
100 mg BID x 7 days; none since. Walks 1 mile most days. mMRC 2.

Results reviewed:
  AAT, serum (nephelometry) 03/2019: 38 mg/dL   (ref 100-190 mg/dL)
  Pi phenotype (IEF) 03/2019: ZZ;  SERPINA1 genotyping: Z/Z
  CT chest 05/2024: moderate panlobular emphysema, lower-lobe predominant;
    no nodule > 4 mm.
  Spirometry today (post-BD): FEV1 1.02 L (46% pred), FVC 2.31 L (78% pred),
    FEV1/FVC 0.44.  08/2024: FEV1 1.06 L (47% pred).
  Vitals: BP 124/70, HR 74, SpO2 95% RA, Wt 73.4 kg (161 lb 13 oz), BMI 27.1

Medications: Zemaira 60 mg/kg IV weekly (infusion center); tiotropium/
olodaterol 2.5/2.5 mcg 2 inhalations daily; albuterol HFA 90 mcg PRN;
atorvastatin 20 mg daily; vitamin D3 2,000 IU daily.

Family hx: son PI*MZ (AAT 96 mg/dL, not treated); brother died at 58 of
"COPD", never tested.

Assessment / Plan:
1. AATD, PI*ZZ, with panlobular emphysema - stable on augmentation, FEV1
   decline ~40 mL/yr, no exacerbations in 14 months. Continue Zemaira weekly
   at 60 mg/kg (current calculated dose about 4,400 mg; pharmacy to adjust to
   weight each visit).
2. If FEV1 falls below 35% predicted, will refer for transplant evaluation.
3. Vaccines: influenza given 10/2024; due again this fall.
4. RTC 6 months with spirometry.

Adaeze Okafor, MD - signed 08/12/2025 16:22
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2025-11-18", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2025-11-18", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-08-12", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "SERPINA1 genotyping: Z/Z"},
    {"kind": "serum_aat", "value": 38, "unit": "mg/dL", "_doc": "d3", "_ev": "AAT, serum (nephelometry) 03/2019: 38 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "moderate panlobular emphysema"},
    {"kind": "weight", "value": 72.6, "unit": "kg", "value_kg": 72.6, "_date": "2025-11-18", "_doc": "d1", "_ev": "Wt on chair scale 72.6 kg"},
    {"kind": "weight", "value": 73.0, "unit": "kg", "value_kg": 73.0, "_date": "2025-11-11", "_doc": "d1", "_ev": "was 73.0 kg last wk"},
    {"kind": "weight", "value": 73.4, "unit": "kg", "value_kg": 73.4, "_date": "2025-08-12", "_doc": "d3", "_ev": "Wt 73.4 kg (161 lb 13 oz)"},
    {"kind": "dose", "value": 4330, "_doc": "d1", "_ev": "total Zemaira\n    given 4,330 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "nothing discarded"},
    {"kind": "lot_number", "value": "P100512847", "_doc": "d1", "_ev": "Zemaira lot P100512847"},
    {"kind": "lot_number", "value": "P100498105", "_doc": "d1", "_ev": "lot P100498105 (1 vial)"},
    {"kind": "expiration_date", "value": "2027-03-31", "_doc": "d1", "_ev": "exp 03/31/2027"},
    {"kind": "expiration_date", "value": "2026-12-31", "_doc": "d1", "_ev": "exp 12/31/2026"},
    {"kind": "infusion_start", "value": "09:12", "_doc": "d2", "_ev": "0912  Zemaira infusion start"},
    {"kind": "infusion_end", "value": "09:31", "_doc": "d2", "_ev": "0931  Zemaira infusion stop"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "Tolerating augmentation well"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "weekly augmentation (Zemaira)"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d3", "_ev": "Prolastin-C 2019-2023"},
    {"kind": "fev1", "value": 46, "_doc": "d3", "_ev": "FEV1 1.02 L (46% pred)"},
    {"kind": "fev1", "value": 47, "_doc": "d3", "_ev": "FEV1 1.06 L (47% pred)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, 22 pack-years, quit 2009"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "not_applicable", "code_selection": "met",
}

NOTES = """
Complete chart. DAR focus note spreads the administration over A (start, lots) and R (stop, total given,
no waste). Traps: pharmacy calc 4,356 mg and per-vial actual potencies are not the dose; SWFI diluent lot
24K0913 exp 01/2027 is not the product lot; arrival 0848, PIV 0902, vitals 0935, PIV out 0940, discharge 0952
are not infusion times; flowsheet legend limits; IgA 212 mg/dL; son PI*MZ 96 mg/dL; planned "about 4,400 mg";
hypothetical transplant referral below 35 %; other drugs' doses. Historical weights 73.0 kg (last week) and
73.4 kg (08/2025) are listed; DOS weight 72.6 kg decides. Prolastin-C is a historical product.
"""

ARITH = {
    "weight_kg": 72.6, "weight_source": "d1/d2 DOS chair scale",
    "dose_mg": 4330, "target_mg": 4356.0, "pct_diff": -0.6, "within_10pct": True,
    "claim": [{"hcpcs": "J0256", "modifiers": ["JZ"], "billed": 433, "expected": 433}],
    "waste_mg": 0, "jw_units_expected": 0,
    "lots": [
        {"lot": "P100512847", "exp": "2027-03-31", "dos": DOS, "ok": True},
        {"lot": "P100498105", "exp": "2026-12-31", "dos": DOS, "ok": True},
    ],
}
