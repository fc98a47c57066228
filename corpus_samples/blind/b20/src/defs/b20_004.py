"""b20-004: medicare (Medicare Advantage), gaps: dose_matches_weight conflict (4,000 mg dosed on adjusted body
weight; actual 84.2 kg -> -20.8 %) and infusion_times missing (no stop time charted). Styles (2)
charting-by-exception flowsheet + (5) Medicare Advantage reconsideration letter; short MD infusion note.
Aralast NP, J0256 JZ."""

CHART_ID = "b20-004"
DOS = "2025-09-23"
PAYER = {"profile": "medicare", "name": "Keystone Senior Advantage (HMO) - Medicare Advantage"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
CEDAR VALLEY INFUSION - FLOWSHEET (CBE)        Date of service: 09/23/2025
Pt: PRZYBYLSKI, HELEN      MRN 500-38-221      DOB 01/30/1954     Chair 2
WNL = within normal limits per CV-INF standard; exceptions in words.

                          Units    1018     1030     1045     1100     1115
Weight                    kg       84.2
Height                    cm       165
Temp                      C        36.6                                36.7
HR                        /min     82       80       84       81       79
BP                        mmHg     142/78            138/80            136/76
RR                        /min     18                18                18
SpO2                      %        92       92       93       93       92
Resp assessment                    EXC: scattered exp wheeze R base, pt
                                   states "my usual"; no distress
Cardiac                            WNL                                 WNL
Skin                               WNL      WNL      WNL      WNL      WNL
IV site (L hand 22g)               WNL      WNL      WNL      WNL      WNL
Reaction screen                             WNL      WNL      WNL      WNL
Aralast NP rate           mL/min            4.0      4.0      4.0      --
Aralast NP volume (cum)   mL                0        60       120
Pain                      0-10     0                                   0

Medication                        Dose       Units   Route  Time   Init
Aralast NP (lot LE2508041,        4,000      mg      IV     1030   DW
  exp 08/2026; 4 x 1,000 mg vials,
  entire contents, no waste)
NS 0.9% flush                     10         mL      IV     1024   DW
NS 0.9% flush                     10         mL      IV     ----   DW
Albuterol HFA (own inhaler)       2          puffs   INH    1016   pt

Events
1012 arrived w/ daughter, ambulatory with cane
1016 pt used own albuterol inhaler before vitals (per pt habit)
1022 PIV L hand 22g, 2nd attempt (1st R AC infiltrated - no med given)
1030 Aralast NP infusion started
1125 PIV removed, WNL
1131 discharged home with daughter

Infusion end time: ________
Nurse: Dana Whitfield, RN (DW)    Co-sign: ________
"""

D2 = """
CEDAR VALLEY PULMONARY & INFUSION
412 Orchard Row, Suite 3, Cedar Valley, PA 17xxx   Tel (717) 555-0148

November 4, 2025

Keystone Senior Advantage (HMO)
Attn: Provider Appeals - Part B Drug Reconsiderations
PO Box 44710, Harrisburg, PA

RE: Request for Reconsideration (Level 1)
Member: Helen Przybylski     Member ID: KSA-88104772-01     DOB: 01/30/1954
Claim #: 2025-2671-88410     Date of service: 09/23/2025
Plan authorization on file: MA-RX-557012 (Aralast NP, 06/01/2025 - 05/31/2026)

Claim lines under dispute (as billed):
  Line  Code    Mod  Description                                        Units  Billed     Status
  1     J0256   JZ   Inj alpha 1-proteinase inhibitor (human), NOS,     400    $3,720.00  Denied CO-50
                     10 mg
  2     96365        IV infusion, initial, up to 1 hr                   1      $212.00    Denied CO-50

Dear Appeals Reviewer,

We ask you to reconsider the 10/02/2025 denial of the above lines (remark N115:
"documentation does not support medical necessity - pretreatment AAT level and
genotype not submitted"). The same reason was used to deny DOS 06/03/2025, which
your plan overturned on 07/18/2025 (appeal ref APL-25-0718-331) once the lab
reports were supplied. The records were included again this time; excerpts:

  - Lab report 06/11/2019 (pre-treatment): "Alpha-1 antitrypsin 22 mg/dL
    (ref 90-200)"; "PI type: ZZ".
  - CT chest 04/2019: "panlobular emphysema, lower-lobe predominant".
  - Pulmonology note 03/04/2025: "FEV1 0.98 L (39% predicted), post-BD";
    "former smoker, quit 1998, 30 pack-years".
  - Infusion flowsheet 09/23/2025: weight 84.2 kg; Aralast NP 4,000 mg IV,
    lot LE2508041, infused over approximately 50 minutes without reaction.
  - Infusion note 08/26/2025: weight 83.9 kg.

Your policy MP-RX-112, section 2.1, requires "a pretreatment serum AAT level
below 11 micromol/L (approximately 57 mg/dL by nephelometry or 80 mg/dL by
radial immunodiffusion) and a PI*ZZ, PI*Z(null), PI*(null)(null) or other
severe-deficiency genotype". Mrs. Przybylski's level of 22 mg/dL and her ZZ
phenotype meet both criteria. Regarding dose: per our pharmacy protocol the
weekly dose is calculated on adjusted body weight (IBW 57.0 kg, AdjBW 67.9 kg,
60 mg/kg = 4,074 mg, rounded to 4 vials = 4,000 mg). No drug was discarded,
hence JZ.

Please reprocess lines 1-2. Contact our billing office at (717) 555-0151.

Sincerely,
Marcus Feld, MD, Pulmonary Medicine        Tanya Ruiz, CPC, Revenue Cycle
Enclosures: lab reports (2019), CT report, 03/04/2025 note, 09/23/2025 flowsheet
"""

D3 = """
INFUSION VISIT - PHYSICIAN NOTE                       09/23/2025 10:40
Cedar Valley Pulmonary & Infusion     Pt: Helen Przybylski, 71 F
Seen in chair 2 during weekly augmentation.

Alpha-1 antitrypsin deficiency (ZZ) with emphysema, on Aralast NP since 2019.
She reports she is "holding her own": no exacerbation since 02/2024, no ED
visits, still does her own grocery shopping. Mild wheeze today that she calls
her usual; used her albuterol this morning. No fever, sputum at baseline.

Exam: alert, speaking full sentences, scattered expiratory wheeze R base,
no accessory muscle use. Wt today 84.2 kg (up from 83.9 kg last month).

Plan: continue Aralast NP weekly, dose per pharmacy adjusted-body-weight
protocol (4,000 mg today). Continue tiotropium 18 mcg daily and budesonide/
formoterol 160/4.5 2 puffs BID. Recheck spirometry 03/2026.
If she gains more than 5 kg we will ask pharmacy to recalculate.

Marcus Feld, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2025-09-23", "text": D1},
    {"id": "d2", "type": "other", "date": "2025-11-04", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-09-23", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency (ZZ)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "\"PI type: ZZ\""},
    {"kind": "serum_aat", "value": 22, "unit": "mg/dL", "_doc": "d2", "_ev": "\"Alpha-1 antitrypsin 22 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "\"panlobular emphysema, lower-lobe predominant\""},
    {"kind": "weight", "value": 84.2, "unit": "kg", "value_kg": 84.2, "_date": "2025-09-23", "_doc": "d3", "_ev": "Wt today 84.2 kg"},
    {"kind": "weight", "value": 83.9, "unit": "kg", "value_kg": 83.9, "_date": "2025-08-26", "_doc": "d2", "_ev": "weight 83.9 kg"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "4,000      mg      IV     1030"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "entire contents, no waste"},
    {"kind": "lot_number", "value": "LE2508041", "_doc": "d1", "_ev": "lot LE2508041"},
    {"kind": "expiration_date", "value": "2026-08", "_doc": "d1", "_ev": "exp 08/2026"},
    {"kind": "infusion_start", "value": "10:30", "_doc": "d1", "_ev": "1030 Aralast NP infusion started"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "no exacerbation since 02/2024, no ED\nvisits"},
    {"kind": "prior_authorization", "value": "MA-RX-557012", "_doc": "d2", "_ev": "Plan authorization on file: MA-RX-557012"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "Aralast NP (lot LE2508041"},
    {"kind": "fev1", "value": 39, "_doc": "d2", "_ev": "\"FEV1 0.98 L (39% predicted), post-BD\""},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "\"former smoker, quit 1998, 30 pack-years\""},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "conflict", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "missing",
    "response_to_therapy": "met", "prior_authorization": "not_applicable", "code_selection": "met",
}

NOTES = """
Gaps: dose_matches_weight conflict (4,000 mg at 84.2 kg; 60 x 84.2 = 5,052 mg, -20.8 %; the clinic doses
on adjusted body weight, which the default rule does not accept; IBW 57.0 kg and AdjBW 67.9 kg are
calculated dosing weights, not patient weights) and infusion_times missing (start 1030, 'Infusion end
time: ________'; 'over approximately 50 minutes' is a duration). Traps: arrival 1012, albuterol 1016,
PIV 1022, flush 1024, PIV out 1125, discharge 1131, letter/denial dates, billed dollars, policy threshold
text (11 umol/L, 57 and 80 mg/dL), earlier overturned denial, plan authorization number on a Medicare
profile (finding listed, requirement not_applicable), hypothetical recalculation if weight rises 5 kg.
Lab, CT, FEV1 and smoking facts appear only as quoted chart excerpts inside the clinic's own letter; they
are the patient's documented results and are listed (the letter quotes the chart, not the payer's criteria).
"""

ARITH = {
    "weight_kg": 84.2, "weight_source": "d1 flowsheet / d3 note DOS",
    "dose_mg": 4000, "target_mg": 5052.0, "pct_diff": -20.8, "within_10pct": False,
    "claim": [{"hcpcs": "J0256", "modifiers": ["JZ"], "billed": 400, "expected": 400}],
    "waste_mg": 0, "jw_units_expected": 0,
    "lots": [{"lot": "LE2508041", "exp": "2026-08", "dos": DOS, "ok": True}],
}
